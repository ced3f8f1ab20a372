namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>How an <see cref="AccountChange"/> went.</summary>
public enum AccountChangeOutcome { Done, NotFound, NoSuchRole, Self, LastAdmin, Failed }
