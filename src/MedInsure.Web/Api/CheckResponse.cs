using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Api;

/// <summary>
/// The body of a 200 from <c>POST /api/v1/checks</c>: api-contract.md's fields first, under their
/// contract names, then additions. Months are "YYYY-MM"; a figure the policies do not cover is an
/// explicit null, never left out.
/// </summary>
public sealed class CheckResponse
{
    public required string City { get; init; }
    public required string ResumeMonth { get; init; }
    public required bool FirstEnrollment { get; init; }
    public required string? LastPaidMonth { get; init; }
    public required int GapMonths { get; init; }
    public required bool? WithinArrearsWindow { get; init; }
    public required string? ArrearsDeadline { get; init; }
    public required int? WaitingPeriodMonths { get; init; }
    public required string? BenefitsFrom { get; init; }
    public required bool? GapCostsReimbursed { get; init; }
    public required bool? PersonalAccountCredited { get; init; }
    public required int CumulativeMonths { get; init; }

    // Second edition. Not required when read back: cases saved before it have none of these.
    public int ResidentMonths { get; init; }

    public required int? ContinuousMonths { get; init; }

    public bool? ContinuityKept { get; init; }

    public required int DuplicateMonths { get; init; }

    public string? BenefitsStopFrom { get; init; }

    public int? WaitingPeriodMaxMonths { get; init; }

    /// <summary>employerArrears or stopped, the default applied; null unless resuming through an employer.</summary>
    public string? GapReason { get; init; }

    public required ArrearsResponse Arrears { get; init; }

    public ResumptionPaymentResponse? ResumptionPayment { get; init; }

    public DuplicateRefundResponse? DuplicateRefund { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Notes on figures resting on a national rule, a reading or an ambiguous text (empty for cases saved before them).</summary>
    public IReadOnlyList<CaveatResponse> Caveats { get; init; } = [];

    public required IReadOnlyList<RuleResponse> Rules { get; init; }
    public required string PolicyVersion { get; init; }
    public required string EngineVersion { get; init; }

    /// <summary>The latest gap (both months included), or null when there is none.</summary>
    public required MonthRangeResponse? Gap { get; init; }

    /// <summary>The arrears window the check used, in months.</summary>
    public required int? ArrearsWindowMonths { get; init; }

    /// <summary>Which rows applied: employer_arrears, employer_new, individual, resident or switch (null when there was no gap to judge).</summary>
    public required string? RuleGroup { get; init; }

    /// <summary>within_window, over_window or first_enrollment (null when there was no gap to judge).</summary>
    public required string? Situation { get; init; }

    /// <summary>
    /// For retired people: the city's minimum contribution time to stop paying, in months; null when
    /// not retired, or when the city has no such row (then named in <see cref="Missing"/>).
    /// </summary>
    public required int? RetirementMinimumMonths { get; init; }

    /// <summary>
    /// The items of <see cref="Missing"/> as data (kind, city, year, group, situation), in the same
    /// order, so a client can word them in its own language instead of parsing the strings. Not
    /// required when read back: results saved before it existed have only <see cref="Missing"/>.
    /// </summary>
    public IReadOnlyList<MissingRuleResponse> MissingRules { get; init; } = [];

    public static CheckResponse From(CheckResult result)
    {
        var rules = new List<RuleResponse>(result.Rules.Count);
        foreach (var (row, figures) in result.RulesByRow())
            rules.Add(RuleResponse.From(row, [.. figures.Select(f => f.ContractName())]));

        return new CheckResponse
        {
            City = result.City,
            ResumeMonth = result.ResumeMonth.ToString(),
            FirstEnrollment = result.FirstEnrollment,
            LastPaidMonth = result.LastPaidMonth?.ToString(),
            GapMonths = result.GapMonths,
            WithinArrearsWindow = result.WithinArrearsWindow,
            ArrearsDeadline = result.ArrearsDeadline?.ToString(),
            WaitingPeriodMonths = result.WaitingPeriodMonths,
            BenefitsFrom = result.BenefitsFrom?.ToString(),
            GapCostsReimbursed = result.GapCostsReimbursed,
            PersonalAccountCredited = result.PersonalAccountCredited,
            CumulativeMonths = result.CumulativeMonths,
            ResidentMonths = result.ResidentMonths,
            ContinuousMonths = result.ContinuousMonths,
            ContinuityKept = result.ContinuityKept,
            DuplicateMonths = result.DuplicateMonths,
            BenefitsStopFrom = result.BenefitsStopFrom?.ToString(),
            WaitingPeriodMaxMonths = result.WaitingPeriodMaxMonths,
            GapReason = result.GapReason?.Code(),
            Arrears = ArrearsResponse.From(result.Arrears),
            ResumptionPayment = result.ResumptionPayment is { } payment ? ResumptionPaymentResponse.From(payment) : null,
            DuplicateRefund = result.DuplicateRefund is { } refund ? DuplicateRefundResponse.From(refund) : null,
            Missing = result.Missing,
            Caveats = [.. result.Caveats.Select(CaveatResponse.From)],
            Rules = rules,
            PolicyVersion = result.PolicyVersion,
            EngineVersion = RulesEngine.Version,
            Gap = result.Gap is { } gap ? MonthRangeResponse.Of(gap) : null,
            ArrearsWindowMonths = result.ArrearsWindowMonths,
            RuleGroup = result.RuleGroup?.Code(),
            Situation = result.Situation?.Code(),
            RetirementMinimumMonths = result.RetirementMinimumMonths,
            MissingRules = [.. result.MissingRules.Select(m => MissingRuleResponse.From(m, result.CityNames))],
        };
    }
}

/// <summary>
/// A rule no policy row covers: <c>kind</c> (arrears_window, scheme_switch, waiting_period,
/// benefit_start, gap_cost_reimbursement, personal_account_crediting, contribution_standard,
/// retiree_standard, retirement_minimum, resident_waiting, resident_periods), the year of a missing
/// standard or scheme year, the group and situation of a missing situation rule (codes as in
/// <c>ruleGroup</c> and <c>situation</c>), the policy key that would close it where one key does,
/// and for a missing standard the newest year on record with a sentence saying so.
/// </summary>
public sealed record MissingRuleResponse(string Kind, string City, int? Year, string? Group, string? Situation, string? Key)
{
    public int? NewestYear { get; init; }

    /// <summary>"重庆最新收录的缴费标准为 2025 年 / the newest Chongqing standard on record is for 2025", or null.</summary>
    public string? Note { get; init; }

    public static MissingRuleResponse From(MissingRule missing, City city) =>
        new(missing.Kind, missing.City, missing.Year, missing.Group?.Code(), missing.Situation?.Code(), missing.Key)
        {
            NewestYear = missing.NewestYear,
            Note = ResultTexts.NewestOnRecord(city, missing),
        };
}

/// <summary>Months, both included, as "YYYY-MM".</summary>
public sealed record MonthRangeResponse(string From, string To, int Months)
{
    public static MonthRangeResponse Of(MonthRange range) => new(range.From.ToString(), range.To.ToString(), range.Months);
}

/// <summary>What back-paying the latest gap costs, in CNY. Amounts are null when no row covers every gap month.</summary>
public sealed class ArrearsResponse
{
    public required int Months { get; init; }

    /// <summary>Null as well when the gap months do not share one amount: see <see cref="Parts"/>.</summary>
    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? MonthlyAmount { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? Amount { get; init; }

    /// <summary>Null where the city charges no late fee (no late-fee row).</summary>
    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal? LateFee { get; init; }

    public required string Currency { get; init; }

    /// <summary>True where back-paying is allowed but does not restore reimbursement; null where no text says or it does not apply.</summary>
    public bool? Optional { get; init; }

    /// <summary>Why the amount is null other than a missing row: employerBase or notApplicable.</summary>
    public string? Reason { get; init; }

    /// <summary>Runs of gap months that share one monthly amount, with the rows it comes from.</summary>
    public required IReadOnlyList<ArrearsPartResponse> Parts { get; init; }

    public static ArrearsResponse From(ArrearsResult arrears)
    {
        var parts = new List<ArrearsPartResponse>(arrears.Parts.Count);
        foreach (var part in arrears.Parts)
        {
            var rows = new List<string>(part.Rows.Count);
            foreach (var row in part.Rows)
                rows.Add(row.Id);
            parts.Add(new ArrearsPartResponse
            {
                From = part.Months.From.ToString(),
                To = part.Months.To.ToString(),
                Months = part.Months.Months,
                MonthlyAmount = Cny.Round(part.MonthlyAmount),
                Amount = part.Amount,
                Rules = rows,
            });
        }
        return new ArrearsResponse
        {
            Months = arrears.Months,
            MonthlyAmount = arrears.MonthlyAmount,
            Amount = arrears.Amount,
            LateFee = arrears.LateFee,
            Currency = ArrearsResult.Currency,
            Optional = arrears.Optional,
            Reason = arrears.Reason?.Code(),
            Parts = parts,
        };
    }
}

public sealed class ArrearsPartResponse
{
    public required string From { get; init; }
    public required string To { get; init; }
    public required int Months { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal MonthlyAmount { get; init; }

    [JsonConverter(typeof(MoneyJsonConverter))]
    public required decimal Amount { get; init; }

    /// <summary>Ids of the rows the monthly amount comes from (they are listed in full under <c>rules</c>).</summary>
    public required IReadOnlyList<string> Rules { get; init; }
}

/// <summary>A policy row as the API shows it: what it says and where it comes from.</summary>
public class PolicyRowResponse
{
    public PolicyRowResponse()
    {
    }

    [SetsRequiredMembers]
    protected PolicyRowResponse(PolicyRow row)
    {
        Id = row.Id;
        Key = row.Key;
        Value = row.Value;
        TypedValue = TypedJson(row);
        Unit = row.Unit;
        Text = row.Text;
        Source = row.Source.File;
        Quote = row.Source.Quote;
        Document = row.Source.Document;
        Basis = row.Basis?.Code();
        Authority = row.Source.Authority?.Code();
        Url = row.Source.Page?.Address;
        Title = row.Source.Page?.Title;
        Published = row.Source.Page?.Published;
        Publisher = row.Source.Page?.Publisher;
        EffectiveFrom = row.EffectiveFrom;
        EffectiveTo = row.EffectiveTo;
        Note = row.Note;
    }

    public required string Id { get; init; }
    public required string Key { get; init; }

    /// <summary>The value as the row holds it, as text ("3", "true", "2022-12-25T17:00").</summary>
    /// <remarks>
    /// Not required when read back: cases saved before this field existed stored the text under
    /// "value", which now lands in <see cref="TypedValue"/> and is read from there.
    /// </remarks>
    [JsonPropertyName("valueText")]
    public string Value
    {
        get => _valueText ?? (TypedValue.ValueKind == JsonValueKind.String ? TypedValue.GetString() ?? "" : TypedValue.ValueKind == JsonValueKind.Undefined ? "" : TypedValue.GetRawText());
        init => _valueText = value;
    }

    private readonly string? _valueText;

    /// <summary>The value in its JSON type: a number (months, CNY, rates), true/false, or a date-time string.</summary>
    [JsonPropertyName("value")]
    public JsonElement TypedValue { get; init; }
    public required string Unit { get; init; }
    public required string Text { get; init; }

    /// <summary>The source the row cites: a seed file (000_78efe0c7f8b54c92.txt) or a page id (cq-individual-2024).</summary>
    public required string Source { get; init; }

    /// <summary>The seed's sentence the row rests on, or for a page, what the page says in our words.</summary>
    public required string Quote { get; init; }

    // Second edition; not required when read back (rows saved before them have none).

    /// <summary>What the row rests on: city, national or reading (null for a row made before it was recorded).</summary>
    public string? Basis { get; init; }

    /// <summary>How authoritative the source is: official, official-reported or third-party.</summary>
    public string? Authority { get; init; }

    /// <summary>The source page's address, where the source is a page.</summary>
    public string? Url { get; init; }

    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Publisher { get; init; }

    /// <summary>The issuing document where the source names one, e.g. 渝医保发〔2022〕27号.</summary>
    public required string? Document { get; init; }

    /// <summary>First day in force; null when in force since before the source.</summary>
    public required DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day in force, included; null while still in force.</summary>
    public required DateOnly? EffectiveTo { get; init; }

    public required string? Note { get; init; }

    public static PolicyRowResponse From(PolicyRow row) => new(row);

    private static JsonElement TypedJson(PolicyRow row)
    {
        PolicyKeys.TryGet(row.Key, out var definition);
        var json = definition?.Kind switch
        {
            PolicyValueKind.Flag when row.Flag is { } flag => flag ? "true" : "false",
            PolicyValueKind.Months or PolicyValueKind.Money or PolicyValueKind.Rate when row.Number is { } number =>
                number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => JsonSerializer.Serialize(row.Value, ApiJsonContext.Default.String),
        };
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>A row that decided figures of a check, with the result fields it decided.</summary>
public sealed class RuleResponse : PolicyRowResponse
{
    public RuleResponse()
    {
    }

    [SetsRequiredMembers]
    private RuleResponse(PolicyRow row, IReadOnlyList<string> figures) : base(row) => Figures = figures;

    /// <summary>The result fields the row decided (withinArrearsWindow, arrears, …).</summary>
    [JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Figures { get; init; }

    public static RuleResponse From(PolicyRow row, IReadOnlyList<string> figures) => new(row, figures);
}
