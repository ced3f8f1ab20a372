using FluentValidation;
using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Policies;

namespace MedInsure.Web.Checks;

/// <summary>The rules of a well-formed check, for the form and the API alike. Paths are camelCase, as in the API.</summary>
public sealed class CheckInputValidator : AbstractValidator<CheckInput>
{
    public CheckInputValidator(PolicySnapshotProvider policies)
    {
        RuleFor(x => x.City).Cascade(CascadeMode.Stop)
            .Must(c => !string.IsNullOrWhiteSpace(c)).With(Messages.CityRequired)
            .Must(c => policies.Current.TryGetCity(c!.Trim(), out _)).With(Messages.CityUnknown)
            .OverridePropertyName("city");

        RuleFor(x => x.ResumeAs).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).With(Messages.ResumeAsRequired)
            .Must(r => PayerNames.TryParse(r, out _)).With(Messages.ResumeAsUnknown)
            .OverridePropertyName("resumeAs");

        RuleFor(x => x.ResumeMonth).Cascade(CascadeMode.Stop)
            .Must(m => !string.IsNullOrWhiteSpace(m)).With(Messages.MonthRequired)
            .Must(m => YearMonth.TryParse(m, out _)).With(Messages.MonthMalformed)
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
            .Must(p => p!.Count <= Messages.MaxPeriods).With(Messages.PeriodsTooMany)
            .OverridePropertyName("periods");

        RuleForEach(x => x.Periods)
            .NotNull().With(Messages.PeriodNull)
            .SetValidator(x => new PeriodInputValidator(x.ResumeMonth))
            .OverridePropertyName("periods")
            .When(x => x.Periods is { Count: <= Messages.MaxPeriods });
    }

    private sealed class PeriodInputValidator : AbstractValidator<PeriodInput>
    {
        public PeriodInputValidator(string? resumeMonth)
        {
            var hasResume = YearMonth.TryParse(resumeMonth, out var resume);

            RuleFor(p => p.From).Cascade(CascadeMode.Stop)
                .Must(m => !string.IsNullOrWhiteSpace(m)).With(Messages.MonthRequired)
                .Must(m => YearMonth.TryParse(m, out _)).With(Messages.MonthMalformed)
                .OverridePropertyName("from");

            RuleFor(p => p.To).Cascade(CascadeMode.Stop)
                .Must(m => !string.IsNullOrWhiteSpace(m)).With(Messages.MonthRequired)
                .Must(m => YearMonth.TryParse(m, out _)).With(Messages.MonthMalformed)
                .Must((p, to) => !YearMonth.TryParse(p.From, out var from) || YearMonth.Parse(to!) >= from).With(Messages.PeriodEndBeforeStart)
                .Must(to => !hasResume || YearMonth.Parse(to!) < resume).With(Messages.PeriodNotBeforeResume)
                .OverridePropertyName("to");

            RuleFor(p => p.Payer).Cascade(CascadeMode.Stop)
                .Must(p => !string.IsNullOrWhiteSpace(p)).With(Messages.PayerRequired)
                .Must(p => PayerNames.TryParse(p, out _)).With(Messages.PayerUnknown)
                .OverridePropertyName("payer");
        }
    }
}

internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TProperty> With<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, BilingualMessage message) =>
        rule.WithMessage(message.ToString()).WithErrorCode(message.Code);
}
