using FluentValidation;

namespace MedInsure.Web.Common;

/// <summary>Rule-builder shorthands shared by every form's validator.</summary>
public static class ValidationRules
{
    /// <summary>The failure's message is <paramref name="message"/> in both languages; its error code names it, so a page can show one language.</summary>
    public static IRuleBuilderOptions<T, TProperty> With<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, BilingualMessage message) =>
        rule.WithMessage(message.ToString()).WithErrorCode(message.Code);

    public static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>The field must hold something other than white space; else <paramref name="message"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, BilingualMessage message) =>
        rule.Must(NotBlank).With(message);
}
