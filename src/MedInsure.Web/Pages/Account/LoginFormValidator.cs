using FluentValidation;
using MedInsure.Web.Common;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;

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
