using System.Globalization;
using MedInsure.Domain.Rules;
using MedInsure.Web.Common;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Staff;

/// <summary>The cases found (newest first, at most <see cref="StaffCases.MaxResults"/>) and what was searched for, masked.</summary>
public sealed record CaseSearchResult(IReadOnlyList<CaseSummary> Cases, bool More, IReadOnlyList<string> Criteria);
