using MedInsure.Domain.Time;

namespace MedInsure.Domain.History;

/// <summary>Months paid by one payer, both ends included.</summary>
public readonly record struct PaidPeriod(MonthRange Months, Payer Payer)
{
    public PaidPeriod(YearMonth from, YearMonth to, Payer payer) : this(new MonthRange(from, to), payer)
    {
    }

    public YearMonth From => Months.From;
    public YearMonth To => Months.To;
}
