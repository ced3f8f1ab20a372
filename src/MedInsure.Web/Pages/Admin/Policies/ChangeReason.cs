namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The why an admin gives for every change to a city's rows, approval aside: an edit, end, new row,
/// import, new city, discard, rollback, verification or rule case. It goes into the audit log, and a
/// draft's reasons into the version it becomes.
/// </summary>
public static class ChangeReason
{
    public const int MaxLength = 500;

    /// <summary>What is wrong with a typed reason, or null when it will do.</summary>
    public static BilingualMessage? Problem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Messages.ReasonRequired
        : reason.Trim().Length > MaxLength ? Messages.ReasonTooLong(MaxLength)
        : null;

    /// <summary>The validator rule for a form's reason field.</summary>
    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required(Messages.ReasonRequired).Must(r => r is null || r.Trim().Length <= MaxLength).With(Messages.ReasonTooLong(MaxLength));
}
