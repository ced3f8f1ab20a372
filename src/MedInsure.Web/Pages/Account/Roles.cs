namespace MedInsure.Web.Pages.Account;

/// <summary>The two kinds of signed-in users, and the authorization policies named after them.</summary>
public static class Roles
{
    /// <summary>Service-hall staff.</summary>
    public const string Staff = "Staff";

    /// <summary>Edits policy rows and manages staff accounts.</summary>
    public const string Admin = "Admin";
}
