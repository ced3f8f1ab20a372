using MedInsure.Domain.Time;

namespace MedInsure.Domain.History;

/// <summary>
/// The run of paid months that ends at the last paid month, where only gaps longer than the window
/// break it: its first month, its paid months and the unpaid months of the short gaps it spans.
/// </summary>
public readonly record struct ContinuousRun(YearMonth Start, int PaidMonths, int UnpaidMonths);
