namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>What an admin (or the accounts command) may do to an existing account.</summary>
public enum AccountChange { Disable, Enable, Unlock, RemoveRole }
