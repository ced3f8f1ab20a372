namespace MedInsure.Web.Pages.Account;

/// <summary>How a sign-in went; a signed-in user is told apart as staff or admin, to land on the right page.</summary>
public enum SignInOutcome { Failed, LockedOut, Staff, Admin }
