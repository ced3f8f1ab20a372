namespace MedInsure.Web.Pages.Account;

/// <summary>Both fields are required; the password rules themselves are Identity's (see <see cref="IdentitySetup"/>).</summary>
public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(x => x.UserName).Required(Messages.UserNameRequired);
        RuleFor(x => x.Password).Required(Messages.PasswordRequired);
    }
}
