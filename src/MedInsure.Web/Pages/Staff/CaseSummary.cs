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

/// <summary>A saved case in the staff results list: nothing but masked holder details.</summary>
public sealed record CaseSummary(string Code, string City, string CityName, DateTimeOffset CreatedAt, string? HolderNameMasked, string? IdNumberMasked);
