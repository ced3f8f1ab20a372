namespace MedInsure.Domain.Time;

/// <summary>A run of calendar months; both ends are included (2023-01..2023-03 is three months).</summary>
public readonly record struct MonthRange
{
    public MonthRange(YearMonth from, YearMonth to)
    {
        if (to < from)
            throw new ArgumentException($"A month range cannot end ({to}) before it starts ({from}).", nameof(to));
        From = from;
        To = to;
    }

    public YearMonth From { get; }

    /// <summary>The last month of the range, included.</summary>
    public YearMonth To { get; }

    public int Months => From.MonthsUntil(To) + 1;

    public bool Contains(YearMonth month) => month >= From && month <= To;

    public override string ToString() => $"{From}..{To}";
}
