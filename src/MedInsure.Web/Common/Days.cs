using System.Globalization;

namespace MedInsure.Web.Common;

/// <summary>Days as the staff and admin forms type and show them: yyyy-MM-dd, empty for none.</summary>
public static class Days
{
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True for yyyy-MM-dd or blank (a null day); false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    /// <summary>"2023-01-01 – …": a range of days, both included, open where a day is null.</summary>
    public static string Range(DateOnly? from, DateOnly? to) => $"{Format(from) ?? "…"} – {Format(to) ?? "…"}";
}
