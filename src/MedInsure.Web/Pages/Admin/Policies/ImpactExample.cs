using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Web.Common;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>A saved case whose result would change, with the figures that would.</summary>
public sealed record ImpactExample(string Code, IReadOnlyList<FigureLine> Changes);
