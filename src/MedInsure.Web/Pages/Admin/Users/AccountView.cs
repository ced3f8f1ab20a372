using MedInsure.Web.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>A staff or admin account as the user list shows it.</summary>
public sealed record AccountView(string UserName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil);
