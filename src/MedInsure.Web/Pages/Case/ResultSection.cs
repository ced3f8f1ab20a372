using MedInsure.Domain.Rules;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A section of the result page: the figure it shows, the id of its element, the text code of its
/// title and its place on the page. <see cref="Of"/> names every figure, so a new figure does not
/// compile until it is given a section, placed inside another one's, or said to have none; the report
/// partial's body switch does the same for what the section says.
/// </summary>
public sealed record ResultSection(Figure Figure, string Id, string Title, int Place)
{
    /// <summary>
    /// The section <paramref name="figure"/> is said in: its own, or the one of the figure it belongs
    /// with (the national cap inside the waiting period's section); null where only the verdict says it.
    /// </summary>
    public static ResultSection? Of(Figure figure) => figure switch
    {
        Figure.ArrearsDeadline or Figure.WithinArrearsWindow or Figure.GapReason => new(Figure.ArrearsDeadline, "figure-deadline", "Figure.Deadline", 1),
        Figure.WaitingPeriodMonths or Figure.WaitingPeriodMaxMonths => new(Figure.WaitingPeriodMonths, "figure-waiting", "Figure.Waiting", 2),
        Figure.BenefitsFrom or Figure.BenefitsStopFrom => new(Figure.BenefitsFrom, "figure-benefits", "Figure.Benefits", 3),
        Figure.GapCostsReimbursed => new(figure, "figure-gap-costs", "Figure.GapCosts", 4),
        Figure.Arrears => new(figure, "figure-arrears", "Figure.Arrears", 5),
        Figure.ResumptionPayment => new(figure, "figure-resumption", "Figure.Resumption", 6),
        Figure.PersonalAccountCredited => new(figure, "figure-account", "Figure.Account", 7),
        Figure.CumulativeMonths or Figure.ResidentMonths => new(Figure.CumulativeMonths, "figure-cumulative", "Figure.Cumulative", 8),
        Figure.ContinuousMonths or Figure.ContinuityKept => new(Figure.ContinuousMonths, "figure-continuous", "Figure.Continuous", 9),
        Figure.DuplicateMonths or Figure.DuplicateRefund => new(Figure.DuplicateMonths, "figure-duplicate", "Figure.Duplicate", 10),
        Figure.RetirementMinimumMonths => new(figure, "figure-retirement", "Figure.Retirement", 11),
        // Said by the verdict.
        Figure.FirstEnrollment or Figure.LastPaidMonth or Figure.GapMonths => null,
    };

    /// <summary>The figures said in the section, its own first: their rows and caveats are listed under it.</summary>
    public IReadOnlyList<Figure> Figures => [Figure, .. FigureNames.All.Where(f => f != Figure && Of(f)?.Figure == Figure)];

    /// <summary>
    /// The sections a report shows, in page order: the resumption payment only where a row says what
    /// is paid, months paid twice only when there are some, the retirement minimum only for retired people.
    /// </summary>
    public static IReadOnlyList<ResultSection> For(CheckReport report) =>
        [.. FigureNames.All.Select(Of).OfType<ResultSection>().Distinct().Where(s => Shown(s.Figure, report)).OrderBy(s => s.Place)];

    private static bool Shown(Figure figure, CheckReport report) => figure switch
    {
        Figure.ResumptionPayment => report.Result.ResumptionPayment is not null,
        Figure.DuplicateMonths => report.Result.DuplicateMonths > 0,
        Figure.RetirementMinimumMonths => report.Input.Retired,
        _ => true,
    };
}
