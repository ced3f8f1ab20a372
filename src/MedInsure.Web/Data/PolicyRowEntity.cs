using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// A working row of a city as stored: its latest published version plus its open draft's changes
/// (docs/decisions/0012). Ending a rule sets its effective-to; a row goes only when a discard or a
/// rollback drops one that was never in the version restored.
/// </summary>
public sealed class PolicyRowEntity : PolicyRowColumns
{
    // The longest note, and page address, title, date and publisher, a row may hold.
    public const int MaxNoteLength = 1000;
    public const int MaxAddressLength = 500;
    public const int MaxTitleLength = 300;
    public const int MaxPublishedLength = 10;
    public const int MaxPublisherLength = 300;

    public int Id { get; set; }

    /// <summary>Raised on every save; a stale value makes a concurrent edit fail instead of overwriting.</summary>
    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
