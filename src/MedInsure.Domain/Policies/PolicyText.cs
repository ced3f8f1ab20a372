namespace MedInsure.Domain.Policies;

/// <summary>
/// The value of a text row (<see cref="PolicyValueKind.Text"/>): Chinese, then " / ", then English,
/// each side a list of items, "；" between Chinese items and "; " between English ones, the same
/// number on both sides: "身份证；银行卡 / your ID card; a bank card". One item is a list of one.
/// </summary>
public sealed record PolicyText(IReadOnlyList<string> Zh, IReadOnlyList<string> En)
{
    public const string LanguageSeparator = " / ";
    public const string ZhItemSeparator = "；";
    public const string EnItemSeparator = "; ";

    /// <summary>The longest value a text row may hold (the database column is this wide).</summary>
    public const int MaxLength = 1000;

    /// <summary>The items in the page's language.</summary>
    public IReadOnlyList<string> In(bool english) => english ? En : Zh;

    public static bool TryParse(string? value, out PolicyText text) => TryParse(value, out text, out _);

    /// <summary>Reads a text value; where it is not one, <paramref name="problem"/> says why (Chinese, English).</summary>
    public static bool TryParse(string? value, out PolicyText text, out (string Zh, string En) problem)
    {
        text = new PolicyText([], []);
        problem = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = ("文字不能为空", "the text is empty");
            return false;
        }
        if (value.Length > MaxLength)
        {
            problem = ($"文字最长 {MaxLength} 个字符", $"the text may be at most {MaxLength} characters");
            return false;
        }
        var halves = value.Split(LanguageSeparator);
        if (halves.Length != 2)
        {
            problem = ("文字应为“中文 / English”：中文和英文之间有且只有一个“ / ”", "the text must be 'Chinese / English', with exactly one ' / ' between them");
            return false;
        }
        var zh = Items(halves[0], ZhItemSeparator);
        var en = Items(halves[1], EnItemSeparator);
        if (zh.Any(string.IsNullOrEmpty) || en.Any(string.IsNullOrEmpty))
        {
            problem = ("列表中有空项", "the list has an empty item");
            return false;
        }
        if (zh.Length != en.Length)
        {
            problem = ($"中文有 {zh.Length} 项，英文有 {en.Length} 项，应一一对应", $"the Chinese has {zh.Length} items and the English {en.Length}: they must match one to one");
            return false;
        }
        text = new PolicyText(zh, en);
        return true;
    }

    private static string[] Items(string side, string separator) =>
        [.. side.Split(separator).Select(item => item.Trim())];
}
