namespace MedInsure.Web.Pages.Account;

/// <summary>
/// How a sign-in went; a signed-in user is told apart as staff or admin, to land on the right page.
/// A refusal has one outcome whatever its cause (see <see cref="AccountSignIn"/>).
/// </summary>
public enum SignInOutcome { Failed, Staff, Admin }
