using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>Identity's account and password errors in Chinese with English beside them.</summary>
public sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string zh, string en) => new() { Code = code, Description = $"{zh} / {en}" };

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "发生未知错误", "an unknown error occurred");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "该账户已被他人修改，请重试", "the account was changed by someone else; try again");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "令牌无效", "invalid token");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "用户名只能包含字母、数字和 - . _ @ +", "the user name may hold only letters, digits and - . _ @ +");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"用户名“{userName}”已存在", $"the user name '{userName}' is taken");

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), $"角色“{role}”已存在", $"the role '{role}' exists");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"用户已属于角色“{role}”", $"the user is already in the role '{role}'");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "密码错误", "wrong password");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"密码至少需要 {length} 个字符", $"the password must have at least {length} characters");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"密码至少需要 {uniqueChars} 个不同的字符", $"the password must use at least {uniqueChars} different characters");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "密码需要包含数字", "the password must contain a digit");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "密码需要包含小写字母", "the password must contain a lower-case letter");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "密码需要包含大写字母", "the password must contain an upper-case letter");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码需要包含符号", "the password must contain a symbol");
}
