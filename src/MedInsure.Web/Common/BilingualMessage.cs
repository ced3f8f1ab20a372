namespace MedInsure.Web.Common;

/// <summary>
/// A message of the text registry (<see cref="Texts"/>) by its code, with the values of its
/// placeholders: Chinese with English beside it where both are shown (the API, the staff and admin
/// pages), or one language on a citizen page (<see cref="Current"/>).
/// </summary>
public sealed class BilingualMessage(string code, params object?[] args)
{
    public string Code { get; } = code;

    public string Zh => Texts.Zh(Code, args);

    public string En => Texts.En(Code, args);

    /// <summary>In the request's language.</summary>
    public string Current => Texts.Current(Code, args);

    public override string ToString() => Texts.Both(Code, args);
}
