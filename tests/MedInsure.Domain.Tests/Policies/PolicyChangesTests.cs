using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Tests.Policies;

/// <summary>What changed between two row sets of a city, row by row, matched by key and effective-from.</summary>
public class PolicyChangesTests
{
    private static readonly PolicySource Source = new("002_b8448392a3d6f5bb.txt", "待遇等待期由6个月变为3个月");

    private static PolicyRow Row(string key, string value, DateOnly? from, DateOnly? to = null, string? note = null) =>
        new("weinan", key, value, "month", from, to, Source, note);

    private static readonly DateOnly Jan2023 = new(2023, 1, 1);

    [Fact]
    public void Each_row_is_added_ended_changed_or_removed_and_an_unchanged_row_is_not_listed()
    {
        var before = new[]
        {
            Row("waiting_months.individual.over_window", "3", Jan2023),
            Row("arrears_window_months", "3", null),
            Row("benefits_start_delay_months.individual.over_window", "0", null),
            Row("waiting_months.individual.first_enrollment", "3", Jan2023),
        };
        var after = new[]
        {
            Row("waiting_months.individual.over_window", "3", Jan2023, new DateOnly(2026, 12, 31)),
            Row("waiting_months.individual.over_window", "4", new DateOnly(2027, 1, 1)),
            Row("arrears_window_months", "3", null),
            Row("benefits_start_delay_months.individual.over_window", "1", null),
        };

        var changes = PolicyChanges.Between(before, after);

        Assert.Equal(
            [
                (PolicyRowChangeKind.Changed, "weinan/benefits_start_delay_months.individual.over_window@open"),
                (PolicyRowChangeKind.Removed, "weinan/waiting_months.individual.first_enrollment@2023-01-01"),
                (PolicyRowChangeKind.Ended, "weinan/waiting_months.individual.over_window@2023-01-01"),
                (PolicyRowChangeKind.Added, "weinan/waiting_months.individual.over_window@2027-01-01"),
            ],
            changes.All.Select(c => (c.Kind, c.Id)));
        Assert.Equal(1, changes.Count(PolicyRowChangeKind.Added));
        Assert.Equal(("0", "1"), (changes.All[0].Before!.Value, changes.All[0].After!.Value));
        Assert.Null(changes.OfKind(PolicyRowChangeKind.Removed).Single().After);
        Assert.Null(changes.OfKind(PolicyRowChangeKind.Added).Single().Before);
        Assert.True(PolicyChanges.Between(before, before).IsEmpty);
    }

    [Fact]
    public void Ending_a_row_earlier_is_an_end_but_ending_it_and_changing_its_note_or_reopening_it_is_a_change()
    {
        var open = Row("waiting_months.individual.over_window", "3", Jan2023);
        var ended = Row("waiting_months.individual.over_window", "3", Jan2023, new DateOnly(2026, 12, 31));
        var endedEarlier = Row("waiting_months.individual.over_window", "3", Jan2023, new DateOnly(2025, 12, 31));
        var endedWithNote = Row("waiting_months.individual.over_window", "3", Jan2023, new DateOnly(2026, 12, 31), "superseded");

        Assert.Equal(PolicyRowChangeKind.Ended, PolicyChanges.Between([open], [ended]).All.Single().Kind);
        Assert.Equal(PolicyRowChangeKind.Ended, PolicyChanges.Between([ended], [endedEarlier]).All.Single().Kind);
        Assert.Equal(PolicyRowChangeKind.Changed, PolicyChanges.Between([open], [endedWithNote]).All.Single().Kind);
        Assert.Equal(PolicyRowChangeKind.Changed, PolicyChanges.Between([ended], [open]).All.Single().Kind);
        Assert.Equal(PolicyRowChangeKind.Changed, PolicyChanges.Between([endedEarlier], [ended]).All.Single().Kind);
    }
}
