namespace MedInsure.Domain;

/// <summary>Reads a code back into the enum value whose code it is: the one loop behind every <c>TryParse</c> of a code mapping.</summary>
internal static class EnumCodes
{
    public static bool TryParse<T>(string? code, Func<T, string> codeOf, StringComparison comparison, out T value) where T : struct, Enum
    {
        var text = code?.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(codeOf(candidate), text, comparison))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
