using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Data;

namespace MedInsure.Web.Contract;

/// <summary>The rules of a well-formed check, for the form and the API alike. Paths are camelCase, as in the API.</summary>
public sealed class CheckInputValidator : AbstractValidator<CheckInput>
{
    /// <summary>The most periods one check may list (the contract's limit).</summary>
    public const int MaxPeriods = 600;

    public CheckInputValidator(PolicySnapshotProvider policies)
    {
        RuleFor(x => x.City).Cascade(CascadeMode.Stop)
            .Required(Messages.CityRequired)
            .Must(c => policies.Current.TryGetCity(c!.Trim(), out _)).With(Messages.CityUnknown)
            .OverridePropertyName("city");

        RuleFor(x => x.ResumeAs).Cascade(CascadeMode.Stop)
            .Required(Messages.ResumeAsRequired)
            .Must(r => PayerNames.TryParse(r, out _)).With(Messages.ResumeAsUnknown)
            .OverridePropertyName("resumeAs");

        RuleFor(x => x.ResumeMonth).Cascade(CascadeMode.Stop)
            .Month()
            .OverridePropertyName("resumeMonth");

        RuleFor(x => x.Tier)
            .Must(t => t is null or 1 or 2).With(Messages.TierInvalid)
            .OverridePropertyName("tier");

        RuleFor(x => x.GapReason).Cascade(CascadeMode.Stop)
            .Must(g => GapReasons.TryParse(g, out _)).With(Messages.GapReasonUnknown)
            .Must((x, _) => PayerNames.TryParse(x.ResumeAs, out var payer) && payer == Payer.Employer).With(Messages.GapReasonNotEmployer)
            .When(x => x.GapReason is not null)
            .OverridePropertyName("gapReason");

        RuleFor(x => x.Periods).Cascade(CascadeMode.Stop)
            .NotNull().With(Messages.PeriodsRequired)
            .Must(p => p!.Count <= MaxPeriods).With(Messages.PeriodsTooMany(MaxPeriods))
            .OverridePropertyName("periods");

        RuleForEach(x => x.Periods)
            .NotNull().With(Messages.PeriodNull)
            .SetValidator(new PeriodInputValidator())
            .OverridePropertyName("periods")
            .When(x => x.Periods is { Count: <= MaxPeriods });
    }

    // The periods' rules need the resumption month; the root's data hands it to the one period validator.
    private const string ResumeMonthKey = "resumeMonth";

    protected override bool PreValidate(ValidationContext<CheckInput> context, FluentValidation.Results.ValidationResult result)
    {
        context.RootContextData[ResumeMonthKey] = context.InstanceToValidate?.ResumeMonth;
        return true;
    }

    private sealed class PeriodInputValidator : AbstractValidator<PeriodInput>
    {
        public PeriodInputValidator()
        {

            RuleFor(p => p.From).Cascade(CascadeMode.Stop)
                .Month()
                .OverridePropertyName("from");

            RuleFor(p => p.To).Cascade(CascadeMode.Stop)
                .Month()
                .Must((p, to) => !YearMonth.TryParse(p.From, out var from) || YearMonth.Parse(to!) >= from).With(Messages.PeriodEndBeforeStart)
                .Must((_, to, context) => !(context.RootContextData.TryGetValue(ResumeMonthKey, out var month) && YearMonth.TryParse(month as string, out var resume)) || YearMonth.Parse(to!) < resume).With(Messages.PeriodNotBeforeResume)
                .OverridePropertyName("to");

            RuleFor(p => p.Payer).Cascade(CascadeMode.Stop)
                .Required(Messages.PayerRequired)
                .Must(p => PayerNames.TryParse(p, out _)).With(Messages.PayerUnknown)
                .OverridePropertyName("payer");
        }
    }
}
