namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>A new staff account, or a new password for one (<see cref="UserName"/> names the account).</summary>
public sealed class AccountForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
