namespace MedInsure.Web.Pages.Admin.Users;

public sealed class AccountFormValidator : AbstractValidator<AccountForm>
{
    public AccountFormValidator()
    {
        RuleFor(x => x.UserName).Cascade(CascadeMode.Stop)
            .Required(Messages.UserNameRequired)
            .MaximumLength(64).With(Messages.TooLong(64));
        RuleFor(x => x.Password).Required(Messages.PasswordRequired);
    }
}
