using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>Identity's account and password errors in Chinese with English beside them (identity.* in the text registry).</summary>
public sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Error(string code, params object?[] args) => new() { Code = code, Description = Texts.Both("identity." + code, args) };

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure));

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), role);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), role);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric));
}
