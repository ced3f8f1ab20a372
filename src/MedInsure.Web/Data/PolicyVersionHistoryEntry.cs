using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>A published version with what it changed against the version before it (all rows added, for version 1).</summary>
public sealed record PolicyVersionHistoryEntry(PolicyVersionEntity Version, PolicyChanges Changes);
