namespace MedInsure.Testing;

/// <summary>YAML texts an attacker would upload, shared by the domain, web and process tests.</summary>
public static class HostileYaml
{
    /// <summary>A policy file whose rows are lists nested <paramref name="levels"/> deep: 100,000 overflow YamlDotNet's representation model.</summary>
    public static string Nested(int levels) =>
        "city: deep\nname_zh: 深\nname_en: Deep\nrows: " + new string('[', levels) + new string(']', levels) + "\n";

    /// <summary>
    /// "Billion laughs": nine levels of nine aliases each, the last one used as a mapping key, so a
    /// reader that expands aliases builds 9^9 nodes and hashes them as a key.
    /// </summary>
    public static readonly string BillionLaughs = string.Concat(
        "city: laughs\nrows:\n- key: x\n",
        "  a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n",
        string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"  {(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n")),
        "  ? *i\n  : boom\n");
}
