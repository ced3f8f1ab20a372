namespace MedInsure.Web.Pages.Admin.Policies;

public enum SaveStatus { Saved, NotFound, Conflict }
