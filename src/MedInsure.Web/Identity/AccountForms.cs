using FluentValidation;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Common;

namespace MedInsure.Web.Identity;

public sealed class LoginForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>A new staff account, or a new password for one (<see cref="UserName"/> names the account).</summary>
public sealed class AccountForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>Both fields are required; the password rules themselves are Identity's (see <see cref="IdentitySetup"/>).</summary>
public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(x => x.UserName).Required(AdminMessages.UserNameRequired);
        RuleFor(x => x.Password).Required(AdminMessages.PasswordRequired);
    }
}

public sealed class AccountFormValidator : AbstractValidator<AccountForm>
{
    public AccountFormValidator()
    {
        RuleFor(x => x.UserName).Cascade(CascadeMode.Stop)
            .Required(AdminMessages.UserNameRequired)
            .MaximumLength(64).With(AdminMessages.TooLong(64));
        RuleFor(x => x.Password).Required(AdminMessages.PasswordRequired);
    }
}
