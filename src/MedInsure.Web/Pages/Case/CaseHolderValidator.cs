using FluentValidation;
using MedInsure.Web.Common;

namespace MedInsure.Web.Pages.Case;

public sealed class CaseHolderValidator : AbstractValidator<CaseHolder>
{
    public CaseHolderValidator()
    {
        RuleFor(h => h.Name)
            .Must(n => n is null || n.Trim().Length <= CaseMessages.MaxNameLength).With(CaseMessages.NameTooLong)
            .OverridePropertyName("name");
        RuleFor(h => h.IdNumber)
            .Must(id => string.IsNullOrWhiteSpace(id) || IdNumber.IsValid(id)).With(CaseMessages.IdNumberInvalid)
            .OverridePropertyName("idNumber");
    }
}
