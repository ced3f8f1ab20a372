using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>A saved case whose result would change, with the figures that would.</summary>
public sealed record ImpactExample(string Code, IReadOnlyList<FigureLine> Changes);
