using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>
/// Refuses passwords that are common (NIST SP 800-63B §3.1.1.2): those in common-passwords.txt
/// beside this file (John the Ripper's public-domain list of the passwords most often found, with
/// ones common in China added), also when digits or symbols are only added before or after one
/// (password1234, 1qaz2wsx!!), and passwords that contain the user name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<IdentityUser>
{
    public const string ErrorCode = "PasswordCommon";
    public const string UserNameErrorCode = "PasswordContainsUserName";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>How many passwords the list holds.</summary>
    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);
        if (IsCommon(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Texts.Both("identity." + ErrorCode) }));
        if (user.UserName is { Length: >= 3 } name && password.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = UserNameErrorCode, Description = Texts.Both("identity." + UserNameErrorCode) }));
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>
    /// In the list as it is, or a listed word (4 characters or more) with only digits, symbols or
    /// spaces added before or after it: password1234, 123456789012 (1234567890 and 12), !!dragon.
    /// </summary>
    public static bool IsCommon(string password)
    {
        var text = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(text))
            return true;
        for (var cut = 1; cut < text.Length; cut++)
        {
            if (cut >= 4 && Common.Value.Contains(text[..cut]) && IsPadding(text.AsSpan(cut)))
                return true;
            if (text.Length - cut >= 4 && Common.Value.Contains(text[cut..]) && IsPadding(text.AsSpan(0, cut)))
                return true;
        }
        return false;
    }

    /// <summary>Digits, ASCII symbols and spaces: what people add around a word to pass a length rule.</summary>
    private static bool IsPadding(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E || char.IsAsciiLetter(c))
                return false;
        }
        return true;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(CommonPasswordValidator).Namespace + ".common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("#!comment:", StringComparison.Ordinal))
                words.Add(line.Trim().ToLowerInvariant());
        }
        return words;
    }
}
