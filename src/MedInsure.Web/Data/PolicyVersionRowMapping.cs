using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Between published rows and working rows, column for column (<see cref="PolicyRowColumns"/>). A
/// published row is read through the one mapping of working rows (<see cref="PolicyRowMapping"/>),
/// so a column read there is read the same way here.
/// </summary>
public static class PolicyVersionRowMapping
{
    public static PolicyVersionRowEntity ToVersionRow(this PolicyRowColumns row) => Copy(row, new PolicyVersionRowEntity());

    public static PolicyVersionRowEntity ToVersionRow(this PolicyRow row) => row.ToEntity(default).ToVersionRow();

    /// <summary>The published row as a new working row (a discard, a rollback).</summary>
    public static PolicyRowEntity ToWorkingRow(this PolicyVersionRowEntity row, DateTimeOffset now)
    {
        var working = Copy(row, new PolicyRowEntity());
        working.UpdatedAt = now;
        return working;
    }

    public static PolicyRow ToDomain(this PolicyVersionRowEntity row) => row.ToWorkingRow(default).ToDomain();

    private static T Copy<T>(PolicyRowColumns from, T to) where T : PolicyRowColumns
    {
        from.CopyColumnsTo(to);
        return to;
    }
}
