using FluentValidation.Results;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Check;

/// <summary>
/// The check form's validator: the rules shared with the API, plus the form's own: the row limit
/// (the result page carries the check in its URL), and no guessing about earlier periods. An empty
/// row is one error beside the row rather than three beside its fields; no rows at all is an answer
/// only with "never insured" ticked, and that box with rows typed is a contradiction to resolve.
/// </summary>
public sealed class CheckFormValidator : AbstractValidator<CheckInput>
{
    public CheckFormValidator(CheckInputValidator shared)
    {
        Include(shared);
        RuleFor(x => x.Periods)
            .Must(p => p is null || p.Count <= CheckForm.MaxRows).With(Messages.TooManyFormRows(CheckForm.MaxRows))
            .Must((x, p) => x.NeverInsured || p is not { Count: 0 }).With(Messages.PeriodsNoneGiven)
            .OverridePropertyName("periods");
        RuleFor(x => x.NeverInsured)
            .Must((x, never) => !never || x.Periods is not { Count: > 0 }).With(Messages.NeverInsuredWithPeriods)
            .OverridePropertyName("neverInsured");
        RuleForEach(x => x.Periods)
            .Must(p => p is null || !CheckForm.IsBlank(p)).With(Messages.PeriodBlank)
            .OverridePropertyName("periods");
    }

    /// <summary>The shared rules' "required" errors on the fields of an empty row are dropped: the row's own error says it.</summary>
    public override ValidationResult Validate(ValidationContext<CheckInput> context)
    {
        var result = base.Validate(context);
        var blank = (context.InstanceToValidate.Periods ?? [])
            .Select((p, i) => (p, i)).Where(r => r.p is not null && CheckForm.IsBlank(r.p)).Select(r => $"periods[{r.i}].").ToList();
        if (blank.Count > 0)
            result.Errors.RemoveAll(e => blank.Exists(prefix => e.PropertyName.StartsWith(prefix, StringComparison.Ordinal)));
        return result;
    }
}
