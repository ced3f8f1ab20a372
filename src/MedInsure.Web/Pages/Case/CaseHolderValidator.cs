namespace MedInsure.Web.Pages.Case;

public sealed class CaseHolderValidator : AbstractValidator<CaseHolder>
{
    /// <summary>The longest name a case may be saved under; staff search by names as long.</summary>
    public const int MaxNameLength = 50;

    public CaseHolderValidator()
    {
        RuleFor(h => h.Name)
            .Must(n => n is null || n.Trim().Length <= MaxNameLength).With(Messages.NameTooLong(MaxNameLength))
            .OverridePropertyName("name");
        RuleFor(h => h.IdNumber)
            .Must(id => string.IsNullOrWhiteSpace(id) || IdNumber.IsValid(id)).With(Messages.IdNumberInvalid)
            .OverridePropertyName("idNumber");
    }
}
