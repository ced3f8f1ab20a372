using FluentValidation;
using MedInsure.Web.Common;

namespace MedInsure.Web.Admin;

/// <summary>Rule-builder shorthands shared by the admin and account forms.</summary>
public static class AdminRules
{
    public static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>The field must hold something other than white space; else <paramref name="message"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, BilingualMessage message) =>
        rule.Must(NotBlank).With(message);
}
