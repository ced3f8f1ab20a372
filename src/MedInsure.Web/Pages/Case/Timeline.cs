using System.Globalization;
using MedInsure.Domain.History;
using MedInsure.Domain.Time;
using Microsoft.Extensions.Localization;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// The geometry of the result's timeline, worked out here so the SVG partial only draws. Units are
/// the SVG's viewBox units: 360 wide, which is 1:1 on a 375 px phone and scales up elsewhere.
/// A year before the gap and at most three years in all are drawn month by month; older history is
/// summarised at the left edge so that a two-month gap after ten years stays visible.
/// </summary>
public sealed class Timeline
{
    public const double Width = 360;
    private const double Left = 10, Right = 350;
    private const int MaxMonths = 36, MinMonths = 12, ContextMonths = 12;

    public const double PaidTop = 22, PaidHeight = 22;
    public const double AfterTop = 64, AfterHeight = 22;
    public const double AxisY = 92;
    private const double LabelTop = 124, LabelStep = 19;

    public required IReadOnlyList<Bar> Bars { get; init; }
    public required IReadOnlyList<Marker> Markers { get; init; }
    public required IReadOnlyList<Tick> Ticks { get; init; }

    /// <summary>The first paid month when it lies before the drawn range.</summary>
    public string? EarlierFrom { get; init; }

    /// <summary>
    /// The same facts as text, in date order, for the visually hidden list and the SVG's description:
    /// every paid run (also those left of the drawn range), every unpaid stretch, the gap, the waiting
    /// period and each marker, so nothing the drawing shows is missing from its text.
    /// </summary>
    public required IReadOnlyList<string> Facts { get; init; }

    public double Height => LabelTop + Markers.Count * LabelStep;

    public sealed record Bar(string Kind, double X, double Width, double Y, double Height, string Label)
    {
        /// <summary>Whether the label fits inside the bar at the stylesheet's 13-unit font (a CJK character is about one em wide).</summary>
        public bool LabelFits => Label.Sum(c => c > '\u2e80' ? 13.0 : 7.4) + 6 <= Width;
    }

    /// <summary>A vertical line at a month; its label sits on a row of its own below the axis so labels never overlap.</summary>
    public sealed record Marker(string Kind, double X, double LabelY, string Anchor, string Label);

    /// <summary>A label under the axis; those at the edges are anchored inward so they are not cut off.</summary>
    public sealed record Tick(double X, string Label)
    {
        public string Anchor => X < Left + 20 ? "start" : X > Right - 20 ? "end" : "middle";
    }

    public static Timeline Build(CheckReport checkReport, IStringLocalizer<Texts> t)
    {
        var text = new ReportText(checkReport, t);
        var report = checkReport.Result;
        var resume = report.ResumeMonth;
        var deadline = report.ArrearsDeadline;
        var benefits = report.BenefitsFrom;
        var periods = (checkReport.Input.Periods ?? [])
            .Select(p => (From: YearMonth.Parse(p.From!), To: YearMonth.Parse(p.To!), Payer: PayerCode(p.Payer)))
            .OrderBy(p => p.From)
            .ToList();

        var last = new[] { resume, deadline ?? resume, benefits ?? resume }.Max();
        var end = last.PlusMonths(3);
        var earliest = periods.Count > 0 ? YearMonth.Min(periods[0].From, resume) : resume;
        // A year of history before the gap (or the resumption) is context enough; more squeezes the gap.
        var focus = report.Gap?.From ?? resume;
        var start = YearMonth.Max(earliest, YearMonth.Max(focus.PlusMonths(-ContextMonths), end.PlusMonths(-(MaxMonths - 1))));
        start = YearMonth.Min(start, end.PlusMonths(-(MinMonths - 1)));
        var months = start.MonthsUntil(end) + 1;
        var unit = (Right - Left) / months;
        double X(YearMonth m) => Left + start.MonthsUntil(m) * unit;
        double Span(YearMonth from, YearMonth to) => Math.Max(0, from.MonthsUntil(to) + 1) * unit;

        var bars = new List<Bar>();
        // Ordered by month, then by the order given for one month (resumption before the waiting period before benefits).
        var facts = new List<(YearMonth At, int Order, string Text)>();

        var runs = PaidRuns(periods);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            facts.Add((run.From, 0, t["Timeline.Fact.Paid", run.From.ToString(), run.To.ToString(), Payers.Name(run.Payer)]));
            // An earlier stretch without payments shows as blank space between bars; the text names it too.
            if (i > 0 && runs[i - 1].To.PlusMonths(1) < run.From)
            {
                var hole = new MonthRange(runs[i - 1].To.PlusMonths(1), run.From.PlusMonths(-1));
                facts.Add((hole.From, 0, t["Timeline.Fact.Unpaid", hole.From.ToString(), hole.To.ToString(), text.Months(hole.Months)]));
            }
            if (run.To < start)
                continue;
            var from = YearMonth.Max(run.From, start);
            bars.Add(new Bar(run.Payer, X(from), Span(from, run.To), PaidTop, PaidHeight, Payers.Name(run.Payer)));
        }

        if (report.Gap is { } gap)
        {
            var from = YearMonth.Max(gap.From, start);
            var label = t["Timeline.Gap", text.Months(gap.Months)];
            bars.Add(new Bar("gap", X(from), Span(from, gap.To), PaidTop, PaidHeight, label));
            facts.Add((gap.From, 0, t["Timeline.Fact.Gap", gap.From, gap.To, text.Months(gap.Months)]));
        }

        var markers = new List<Marker>();
        void Mark(string kind, YearMonth month, string label)
        {
            var x = X(month);
            var anchor = x < Width * 0.55 ? "start" : "end";
            markers.Add(new Marker(kind, x, LabelTop + markers.Count * LabelStep, anchor, label));
        }

        Mark("resume", resume, t["Timeline.Resume", report.ResumeMonth]);
        facts.Add((resume, 1, t["Timeline.Resume", report.ResumeMonth]));
        if (deadline is { } d)
        {
            Mark("deadline", d, t["Timeline.Deadline", d]);
            facts.Add((d, 1, t["Timeline.Deadline", d]));
        }

        if (report.WaitingPeriodMonths is > 0 && benefits is { } b)
        {
            var label = t["Timeline.Waiting", text.Months(report.WaitingPeriodMonths.Value)];
            bars.Add(new Bar("waiting", X(resume), Span(resume, b.PlusMonths(-1)), AfterTop, AfterHeight, label));
            facts.Add((resume, 2, t["Timeline.Fact.Waiting", report.ResumeMonth, b.PlusMonths(-1).ToString(), text.Months(report.WaitingPeriodMonths.Value)]));
        }
        if (benefits is { } benefitsFrom)
        {
            bars.Add(new Bar("benefits", X(benefitsFrom), Span(benefitsFrom, end), AfterTop, AfterHeight, t["Timeline.BenefitsBar"]));
            Mark("benefits", benefitsFrom, t["Timeline.Benefits", benefitsFrom]);
            facts.Add((benefitsFrom, 3, t["Timeline.Benefits", benefitsFrom]));
        }

        var ticks = new List<Tick>();
        for (var m = start; m <= end; m = m.PlusMonths(1))
        {
            if (m.Month == 1 || m == start)
                ticks.Add(new Tick(X(m), m.Month == 1 ? m.Year.ToString(CultureInfo.InvariantCulture) : m.ToString()));
        }
        // The start label is a full month; drop a January tick that would sit on top of it.
        if (ticks.Count > 1 && ticks[1].X - ticks[0].X < 62)
            ticks.RemoveAt(ticks[0].Label.Length == 4 ? 0 : 1);

        return new Timeline
        {
            Bars = bars,
            Markers = markers,
            Ticks = ticks,
            EarlierFrom = periods.Count > 0 && periods[0].From < start ? periods[0].From.ToString() : null,
            Facts = [.. facts.OrderBy(f => f.At).ThenBy(f => f.Order).Select(f => f.Text)],
        };
    }

    /// <summary>Paid months merged into runs of one payer; where two payers paid a month, the employer shows, as in the engine.</summary>
    private static List<(YearMonth From, YearMonth To, string Payer)> PaidRuns(List<(YearMonth From, YearMonth To, string Payer)> periods)
    {
        var runs = new List<(YearMonth From, YearMonth To, string Payer)>();
        if (periods.Count == 0)
            return runs;
        var first = periods.Min(p => p.From);
        var lastMonth = periods.Max(p => p.To);
        for (var m = first; m <= lastMonth; m = m.PlusMonths(1))
        {
            var payers = periods.Where(p => p.From <= m && m <= p.To).Select(p => p.Payer).ToList();
            if (payers.Count == 0)
                continue;
            var payer = payers.Contains("employer") ? "employer" : payers.Contains("individual") ? "individual" : "resident";
            if (runs.Count > 0 && runs[^1].Payer == payer && runs[^1].To.PlusMonths(1) == m)
                runs[^1] = (runs[^1].From, m, payer);
            else
                runs.Add((m, m, payer));
        }
        return runs;
    }

    private static string PayerCode(string? code) => PayerNames.TryParse(code, out var payer) ? payer.ToCode() : "resident";

}
