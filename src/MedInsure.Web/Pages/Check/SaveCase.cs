using FluentValidation;
using MedInsure.Web.Cases;
using MedInsure.Web.Common;

namespace MedInsure.Web.Pages.Check;

/// <summary>Who a saved case belongs to, as typed on the result page; both parts are optional.</summary>
public sealed class CaseHolder
{
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
}

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
