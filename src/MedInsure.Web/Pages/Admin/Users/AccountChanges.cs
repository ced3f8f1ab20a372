namespace MedInsure.Web.Pages.Admin.Users;

public static class AccountChanges
{
    /// <summary>Why a change was not made, for the users page and the accounts command alike.</summary>
    public static BilingualMessage Refusal(AccountChangeOutcome outcome) => outcome switch
    {
        AccountChangeOutcome.NotFound => Messages.NoSuchAccount,
        AccountChangeOutcome.NoSuchRole => Messages.AccountLacksRole,
        AccountChangeOutcome.Self => Messages.NotOnOwnAccount,
        AccountChangeOutcome.LastAdmin => Messages.LastAdmin,
        _ => Messages.AccountChangeFailed,
    };
}
