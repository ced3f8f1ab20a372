using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class CityFormValidator : AbstractValidator<CityForm>
{
    public CityFormValidator(MedInsureDbContext db)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .Required(Messages.CityCodeRequired)
            .Must(c => PolicyRules.IsCityCode(c!.Trim())).With(Messages.CityCodeInvalid)
            .MustAsync(async (c, ct) => !await db.Cities.AnyAsync(x => x.Code == c!.Trim(), ct)).With(Messages.CityExists);
        RuleFor(x => x.NameZh).Cascade(CascadeMode.Stop)
            .Required(Messages.NameRequired)
            .MaximumLength(100).With(Messages.TooLong(100));
        RuleFor(x => x.NameEn).Cascade(CascadeMode.Stop)
            .Required(Messages.NameRequired)
            .MaximumLength(100).With(Messages.TooLong(100));
        RuleFor(x => x.Reason).Reason();
    }
}
