using FluentValidation.Results;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Common;

/// <summary>Rule-builder shorthands shared by every form's validator.</summary>
public static class ValidationRules
{
    /// <summary>
    /// The failure says <paramref name="message"/> in both languages (the API's and the staff pages'
    /// form), is named by its code, and carries the message so a citizen page can show one language.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> With<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, BilingualMessage message) =>
        rule.WithMessage(message.ToString()).WithErrorCode(message.Code).WithState(_ => message);

    public static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>The field must hold something other than white space; else <paramref name="message"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, BilingualMessage message) =>
        rule.Must(NotBlank).With(message);

    /// <summary>The field must hold a month, YYYY-MM.</summary>
    public static IRuleBuilderOptions<T, string?> Month<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required(Messages.MonthRequired).Must(m => YearMonth.TryParse(m, out _)).With(Messages.MonthMalformed);

    /// <summary>A failure a custom rule adds, made like one of <see cref="With{T, TProperty}"/>; an empty <paramref name="property"/> is the whole form's.</summary>
    public static ValidationFailure Failure(string property, BilingualMessage message) =>
        new(property, message.ToString()) { ErrorCode = message.Code, CustomState = message };
}
