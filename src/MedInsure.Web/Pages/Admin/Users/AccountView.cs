namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>A staff or admin account as the user list shows it: its roles, its sign-in wait (if any), and whether it is disabled.</summary>
public sealed record AccountView(string UserName, IReadOnlyList<string> Roles, DateTimeOffset? WaitingUntil, bool Disabled);
