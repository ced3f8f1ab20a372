using MedInsure.Domain.Rules;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A section of the result page: the figure it shows, the id of its element, the text code of its
/// title and its place on the page. <see cref="Of"/> names every figure, so a new figure does not
/// compile until it is given a section or said to have none; the report partial's body switch does
/// the same for what the section says.
/// </summary>
public sealed record ResultSection(Figure Figure, string Id, string Title, int Place)
{
    public static ResultSection? Of(Figure figure) => figure switch
    {
        Figure.ArrearsDeadline => new(figure, "figure-deadline", "Figure.Deadline", 1),
        Figure.WaitingPeriodMonths => new(figure, "figure-waiting", "Figure.Waiting", 2),
        Figure.BenefitsFrom => new(figure, "figure-benefits", "Figure.Benefits", 3),
        Figure.GapCostsReimbursed => new(figure, "figure-gap-costs", "Figure.GapCosts", 4),
        Figure.Arrears => new(figure, "figure-arrears", "Figure.Arrears", 5),
        Figure.PersonalAccountCredited => new(figure, "figure-account", "Figure.Account", 6),
        Figure.CumulativeMonths => new(figure, "figure-cumulative", "Figure.Cumulative", 7),
        Figure.ContinuousMonths => new(figure, "figure-continuous", "Figure.Continuous", 8),
        Figure.DuplicateMonths => new(figure, "figure-duplicate", "Figure.Duplicate", 9),
        Figure.RetirementMinimumMonths => new(figure, "figure-retirement", "Figure.Retirement", 10),
        // Said by the verdict and inside the deadline's section.
        Figure.FirstEnrollment or Figure.LastPaidMonth or Figure.GapMonths or Figure.WithinArrearsWindow => null,
    };

    /// <summary>
    /// The sections a report shows, in page order: months paid twice only when there are some, the
    /// retirement minimum only for retired people.
    /// </summary>
    public static IReadOnlyList<ResultSection> For(CheckReport report) =>
        [.. FigureNames.All.Select(Of).OfType<ResultSection>().Where(s => Shown(s.Figure, report)).OrderBy(s => s.Place)];

    private static bool Shown(Figure figure, CheckReport report) => figure switch
    {
        Figure.DuplicateMonths => report.Result.DuplicateMonths > 0,
        Figure.RetirementMinimumMonths => report.Input.Retired,
        _ => true,
    };
}
