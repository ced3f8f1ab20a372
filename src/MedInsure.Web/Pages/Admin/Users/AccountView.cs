namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>A staff or admin account as the user list shows it.</summary>
public sealed record AccountView(string UserName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil);
