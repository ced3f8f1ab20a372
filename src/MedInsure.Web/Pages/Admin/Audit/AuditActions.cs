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
}
