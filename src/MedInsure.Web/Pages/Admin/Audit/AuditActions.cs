namespace MedInsure.Web.Pages.Admin.Audit;

/// <summary>What an audit entry records.</summary>
public static class AuditActions
{
    public const string RowCreate = "row.create";
    public const string RowUpdate = "row.update";
    public const string RowEnd = "row.end";
    public const string RowImportCreate = "row.import.create";
    public const string RowImportUpdate = "row.import.update";
    public const string CityCreate = "city.create";
    public const string UserCreate = "user.create";
    public const string UserResetPassword = "user.reset-password";
    public const string UserDisable = "user.disable";
    public const string UserEnable = "user.enable";
    public const string UserUnlock = "user.unlock";
    public const string UserRemoveRole = "user.remove-role";

    /// <summary>A staff search by ID number (its masked form and how many cases it found): each is a look at personal data.</summary>
    public const string CaseIdSearch = "case.search-id";
}
