using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// One case for <see cref="CaseStore.SaveAllAsync"/>: an input that passed its validator, the holder's
/// name and ID number when given (an ID number only if <see cref="IdNumber.IsValid"/>), and when it
/// was saved: now, unless a seeding run spreads its cases over past days.
/// </summary>
public sealed record CaseToSave(CheckInput Input, string? Name, string? IdNumber, DateTimeOffset? SavedAt = null);
