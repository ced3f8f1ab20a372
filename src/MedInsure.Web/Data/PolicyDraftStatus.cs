namespace MedInsure.Web.Data;

/// <summary>The states of a <see cref="PolicyDraftEntity"/>.</summary>
public static class PolicyDraftStatus
{
    public const string Open = "open";
    public const string Published = "published";
    public const string Discarded = "discarded";
}
