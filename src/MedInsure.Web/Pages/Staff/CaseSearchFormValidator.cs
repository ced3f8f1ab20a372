using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

public sealed class CaseSearchFormValidator : AbstractValidator<CaseSearchForm>
{
    public CaseSearchFormValidator(PolicySnapshotProvider policies)
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            if (form.IsEmpty)
                context.AddFailure(ValidationRules.Failure("", Messages.NothingToSearch));
        });
        RuleFor(f => f.Code).Must(c => !ValidationRules.NotBlank(c) || CaseCode.TryNormalize(c, out _)).With(Messages.CaseCodeInvalid);
        RuleFor(f => f.IdNumber).Must(id => !ValidationRules.NotBlank(id) || Pages.Case.IdNumber.IsValid(id)).With(Messages.IdNumberInvalid);
        RuleFor(f => f.Name).Must(n => n is null || n.Trim().Length <= CaseHolderValidator.MaxNameLength).With(Messages.NameTooLong(CaseHolderValidator.MaxNameLength));
        RuleFor(f => f.City).Must(c => !ValidationRules.NotBlank(c) || policies.Current.TryGetCity(c!.Trim(), out _)).With(Messages.CityUnknown);
        RuleFor(f => f.From).Must(IsDateOrBlank).With(Messages.DateInvalid);
        RuleFor(f => f.To).Must(IsDateOrBlank).With(Messages.DateInvalid)
            .Must((form, to) => !(Days.TryParse(form.From, out var from) && Days.TryParse(to, out var last) && from > last))
            .With(Messages.DatesOutOfOrder);
    }

    private static bool IsDateOrBlank(string? text) => Days.TryParse(text, out _);
}
