namespace MedInsure.Web.Common;

/// <summary>
/// An input error in Chinese with English beside it. <see cref="Code"/> names it for pages that
/// show one language only.
/// </summary>
public sealed record BilingualMessage(string Code, string Zh, string En)
{
    public override string ToString() => $"{Zh} / {En}";
}
