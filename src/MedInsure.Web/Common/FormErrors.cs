using FluentValidation.Results;

namespace MedInsure.Web.Common;

/// <summary>
/// Validation failures keyed by the field path the validator reports (<c>periods[1].to</c>), which is
/// also the field's name in the form, in the language of the request: a failure made with
/// <see cref="ValidationRules.With{T, TProperty}"/> carries its message, so one validator serves the
/// bilingual API and the one-language pages.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Path, string Message)> _all = [];

    public static FormErrors None { get; } = new();

    public bool Any => _all.Count > 0;

    /// <summary>Every error in the order the validator found them, for the summary at the top of the form.</summary>
    public IReadOnlyList<(string Path, string Message)> All => _all;

    public static FormErrors From(params ValidationResult[] results)
    {
        var errors = new FormErrors();
        foreach (var failure in results.SelectMany(r => r.Errors))
            errors._all.Add((failure.PropertyName, Localize(failure)));
        return errors;
    }

    /// <summary>One error a page finds itself, outside a validator.</summary>
    public static FormErrors Single(string path, BilingualMessage message)
    {
        var errors = new FormErrors();
        errors._all.Add((path, message.Current));
        return errors;
    }

    public bool Has(string path) => _all.Exists(e => string.Equals(e.Path, path, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> For(string path) =>
        _all.Where(e => string.Equals(e.Path, path, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message);

    /// <summary>A failure that carries no message (the domain's row checks) keeps the validator's own, bilingual one.</summary>
    private static string Localize(ValidationFailure failure) =>
        failure.CustomState is BilingualMessage message ? message.Current : failure.ErrorMessage;

    /// <summary>The HTML id of the field a path names: <c>periods[1].to</c> → <c>periods-1-to</c>.</summary>
    public static string IdFor(string path) =>
        path.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace('.', '-').TrimEnd(']');

    public static string ErrorIdFor(string path) => IdFor(path) + "-error";
}
