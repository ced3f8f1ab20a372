
namespace MedInsure.Web.Common;

public static class CaseLimits
{
    /// <summary>
    /// The result page carries the check in its query string so that it survives a refresh and can be
    /// bookmarked; this many rows keep that URL well inside Kestrel's 8 KiB request line.
    /// </summary>
    public const int MaxFormRows = 60;
}
