using MedInsure.Domain.History;

namespace MedInsure.Web.Common;

/// <summary>The payer vocabulary of the pages: the codes the form and the API take, and their names in the text registry.</summary>
public static class Payers
{
    /// <summary>employer, individual, resident: the order the form offers them in.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<Payer>().Select(p => p.ToCode())];

    public static bool IsKnown(string? code) => PayerNames.TryParse(code, out _);

    /// <summary>The payer's name in the request's language; an unknown or missing code is named unknown.</summary>
    public static string Name(string? code) => Texts.Current(Key(code));

    /// <summary>Chinese with English beside it, for staff; an unknown code is shown as it was typed.</summary>
    public static string Both(string? code) => IsKnown(code) ? Texts.Both(Key(code)) : code ?? "—";

    private static string Key(string? code) => "Payer." + (code ?? "").Trim().ToLowerInvariant();
}
