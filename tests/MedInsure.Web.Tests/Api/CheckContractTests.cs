using System.Net;
using System.Text.Json;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Tests.Api;

/// <summary>POST /api/v1/checks against api-contract.md's example and rules.md's worked examples.</summary>
public abstract class CheckContractTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    /// <summary>docs/api-contract.md's response for its request (second edition), less the abbreviated rules, caveats and versions.</summary>
    private const string ContractResponse = """
        {
          "city": "chongqing",
          "resumeMonth": "2024-01",
          "firstEnrollment": false,
          "lastPaidMonth": "2023-10",
          "gapMonths": 2,
          "withinArrearsWindow": true,
          "arrearsDeadline": "2024-02",
          "waitingPeriodMonths": 0,
          "benefitsFrom": "2024-01",
          "gapCostsReimbursed": true,
          "personalAccountCredited": null,
          "cumulativeMonths": 106,
          "residentMonths": 0,
          "continuousMonths": 106,
          "continuityKept": true,
          "duplicateMonths": 0,
          "benefitsStopFrom": null,
          "waitingPeriodMaxMonths": null,
          "gapReason": null,
          "arrears": { "months": 2, "monthlyAmount": 222.50, "amount": 445.00, "lateFee": null, "currency": "CNY", "optional": false, "reason": null },
          "resumptionPayment": { "year": 2024, "months": 12, "amount": 2910.00, "currency": "CNY" },
          "duplicateRefund": null,
          "missing": []
        }
        """;

    private static readonly string[] RuleFields =
        ["id", "key", "value", "valueText", "unit", "text", "source", "quote", "document", "effectiveFrom", "effectiveTo", "figures", "basis", "authority", "url"];

    [Fact]
    public async Task The_contract_example_returns_every_field_as_the_contract_writes_it()
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(ApiHttp.ContractRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        using (var expected = JsonDocument.Parse(ContractResponse))
            AssertContains(expected.RootElement, body, "$");

        var rules = body.GetProperty("rules");
        Assert.NotEqual(0, rules.GetArrayLength());
        foreach (var rule in rules.EnumerateArray())
        {
            foreach (var field in RuleFields)
                Assert.True(rule.TryGetProperty(field, out _), $"a rule lacks '{field}': {rule}");
            Assert.NotEqual(0, rule.GetProperty("figures").GetArrayLength());
        }
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("source").GetString() == "000_78efe0c7f8b54c92.txt");
        Assert.Contains(rules.EnumerateArray(), r =>
            r.GetProperty("key").GetString() == "contribution.individual.tier1.annual_cny"
            && r.GetProperty("figures").EnumerateArray().Any(f => f.GetString() == "arrears")
            && r.GetProperty("effectiveFrom").GetString() == "2023-01-01");

        Assert.Matches("^[0-9a-f]{16}$", body.GetProperty("policyVersion").GetString());
        Assert.Equal(RulesEngine.Version, body.GetProperty("engineVersion").GetString());

        // Second edition: every row says what it rests on, and a page row gives its address.
        Assert.All(rules.EnumerateArray(), r => Assert.Contains(r.GetProperty("basis").GetString(), new[] { "city", "national", "reading" }));
        Assert.Contains(rules.EnumerateArray(), r =>
            r.GetProperty("key").GetString() == "contribution.individual.tier1.annual_cny"
            && r.GetProperty("effectiveFrom").GetString() == "2024-01-01"
            && r.GetProperty("url").GetString()!.StartsWith("http", StringComparison.Ordinal)
            && r.GetProperty("authority").GetString() == "third-party");
        // rules[].text is a sentence, Chinese with English beside it.
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("text").GetString() == "补缴期限（断缴不超过这么长时间，补缴后可以恢复全部待遇）：3 个月 / back-pay deadline (after a gap no longer than this, back-paying restores full rights): 3 months");
        // The tier-1 account is our reading: a caveat in plain words, citing its row.
        var caveat = Assert.Single(body.GetProperty("caveats").EnumerateArray(), c => c.GetProperty("figure").GetString() == "personalAccountCredited");
        Assert.Equal("reading", caveat.GetProperty("basis").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.* / .*[A-Za-z]", caveat.GetProperty("text").GetString());
        Assert.Equal(["chongqing/personal_account.individual.tier1.exists@open"], Strings(caveat.GetProperty("rules")));
    }

    [Fact]
    public async Task Chinese_is_written_as_it_is_not_as_escapes()
    {
        using var client = factory.CreateClient();
        var text = await (await client.PostCheckAsync(ApiHttp.ContractRequest)).Content.ReadAsStringAsync();
        Assert.Contains("重庆", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public async Task The_same_check_gives_the_same_policy_version_and_the_city_in_lower_case()
    {
        using var client = factory.CreateClient();
        var first = await (await client.PostCheckAsync(ApiHttp.ContractRequest)).ReadJsonAsync();
        var shouted = await (await client.PostCheckAsync(ApiHttp.ContractRequest.Replace("\"chongqing\"", "\"ChongQing\""))).ReadJsonAsync();

        Assert.Equal("chongqing", shouted.GetProperty("city").GetString());
        Assert.Equal(first.GetProperty("policyVersion").GetString(), shouted.GetProperty("policyVersion").GetString());
    }

    [Theory]
    [InlineData("2023-05", 3, true, 0, "2023-05", true, "667.50")]
    [InlineData("2023-06", 4, false, 6, "2023-12", false, "890.00")]
    public async Task A_gap_of_three_months_is_inside_the_window_and_four_is_outside(
        string resumeMonth, int gap, bool within, int waiting, string benefitsFrom, bool reimbursed, string amount)
    {
        var body = await CheckAsync(ApiHttp.Check("chongqing", "individual", resumeMonth, "2015-01..2023-01 employer"));

        Assert.Equal(gap, body.GetProperty("gapMonths").GetInt32());
        Assert.Equal(within, body.GetProperty("withinArrearsWindow").GetBoolean());
        Assert.Equal("2023-05", body.GetProperty("arrearsDeadline").GetString());
        Assert.Equal(waiting, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal(benefitsFrom, body.GetProperty("benefitsFrom").GetString());
        Assert.Equal(reimbursed, body.GetProperty("gapCostsReimbursed").GetBoolean());
        // Second reading: tier 1 has no personal account in Chongqing (the first reading said true).
        Assert.Equal(JsonValueKind.Null, body.GetProperty("personalAccountCredited").ValueKind);
        Assert.Equal("222.50", body.GetProperty("arrears").GetProperty("monthlyAmount").GetRawText());
        Assert.Equal(amount, body.GetProperty("arrears").GetProperty("amount").GetRawText());
    }

    [Fact]
    public async Task No_periods_is_a_first_enrolment_with_no_last_month_and_no_deadline()
    {
        var body = await CheckAsync(ApiHttp.Check("chongqing", "individual", "2024-01"));

        Assert.True(body.GetProperty("firstEnrollment").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lastPaidMonth").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("arrearsDeadline").ValueKind);
        Assert.Equal(0, body.GetProperty("gapMonths").GetInt32());
        Assert.True(body.GetProperty("withinArrearsWindow").GetBoolean());
        Assert.Equal(6, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2024-07", body.GetProperty("benefitsFrom").GetString());
        Assert.Equal(0, body.GetProperty("cumulativeMonths").GetInt32());
        Assert.Equal("first_enrollment", body.GetProperty("situation").GetString());
        Assert.Equal(0, body.GetProperty("arrears").GetProperty("months").GetInt32());
        Assert.Contains(body.GetProperty("rules").EnumerateArray(), r => r.GetProperty("source").GetString() == "001_704eb72351b64e09.txt");
    }

    [Fact]
    public async Task Chongqing_employer_arrears_start_benefits_the_next_month_and_depend_on_the_employer_base()
    {
        var body = await CheckAsync(ApiHttp.Check("chongqing", "employer", "2024-01", "2015-01..2023-10 employer"));

        Assert.Equal(0, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2024-02", body.GetProperty("benefitsFrom").GetString());
        Assert.True(body.GetProperty("gapCostsReimbursed").GetBoolean());
        // Second reading: the same employer paying its arrears is its own group, with the benefits-stop month.
        Assert.Equal("employer_arrears", body.GetProperty("ruleGroup").GetString());
        Assert.Equal("employerArrears", body.GetProperty("gapReason").GetString());
        Assert.Equal("2023-12", body.GetProperty("benefitsStopFrom").GetString());
        var arrears = body.GetProperty("arrears");
        Assert.Equal(2, arrears.GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("amount").ValueKind);
        Assert.Equal("employerBase", arrears.GetProperty("reason").GetString());
        Assert.Empty(Strings(body.GetProperty("missing")));
    }

    [Fact]
    public async Task A_gap_reason_is_read_echoed_and_changes_the_group()
    {
        var json = ApiHttp.Check("chongqing", "employer", "2024-01", "2015-01..2023-10 employer").Replace("\"periods\"", "\"gapReason\": \"stopped\", \"periods\"");
        var body = await CheckAsync(json);
        Assert.Equal("stopped", body.GetProperty("gapReason").GetString());
        Assert.Equal("employer_new", body.GetProperty("ruleGroup").GetString());
        Assert.Equal("2024-01", body.GetProperty("benefitsFrom").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("benefitsStopFrom").ValueKind);
    }

    [Fact]
    public async Task A_gap_reaching_into_2026_leaves_the_amounts_null_and_names_the_missing_2026_standard()
    {
        // Second reading: 2024 and 2025 are on record now; 2026 is not published.
        var body = await CheckAsync(ApiHttp.Check("chongqing", "individual", "2026-02", "2015-01..2025-11 employer"));

        var arrears = body.GetProperty("arrears");
        Assert.Equal(2, arrears.GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("monthlyAmount").ValueKind);
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("lateFee").ValueKind);
        Assert.Equal(["chongqing contribution standard 2026"], Strings(body.GetProperty("missing")));
        // An addition beside the contract's strings: the same item as data, for clients that word it themselves,
        // with the newest year on record.
        using (var expected = JsonDocument.Parse("""
            [{ "kind": "contribution_standard", "city": "chongqing", "year": 2026, "group": "individual", "situation": null, "key": null,
               "newestYear": 2025, "note": "重庆最新收录的缴费标准为 2025 年 / the newest Chongqing standard on record is for 2025" }]
            """))
            AssertContains(expected.RootElement, body.GetProperty("missingRules"), "$.missingRules");
        // The rest of the result is still computed.
        Assert.Equal(0, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2026-02", body.GetProperty("benefitsFrom").GetString());
        using (var payment = JsonDocument.Parse("""{ "year": 2026, "months": 11, "amount": null, "currency": "CNY" }"""))
            AssertContains(payment.RootElement, body.GetProperty("resumptionPayment"), "$.resumptionPayment");
    }

    [Theory]
    [InlineData("2021-12", "2022-06", 6, "2022-12")]
    [InlineData("2022-12", "2023-06", 3, "2023-09")]
    public async Task Weinan_waits_six_months_before_2023_and_three_from_2023(string lastPaid, string resumeMonth, int waiting, string benefitsFrom)
    {
        var body = await CheckAsync(ApiHttp.Check("weinan", "individual", resumeMonth, $"2018-01..{lastPaid} individual"));

        Assert.False(body.GetProperty("withinArrearsWindow").GetBoolean());
        Assert.Equal(waiting, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal(benefitsFrom, body.GetProperty("benefitsFrom").GetString());
        Assert.Contains(body.GetProperty("rules").EnumerateArray(), r =>
            r.GetProperty("key").GetString() == "waiting_months.individual.over_window"
            && r.GetProperty("source").GetString() == "002_b8448392a3d6f5bb.txt");
    }

    [Fact]
    public async Task Weinan_arrears_are_271_28_a_month_in_2023()
    {
        var body = await CheckAsync(ApiHttp.Check("weinan", "individual", "2023-06", "2018-01..2023-03 individual"));

        var arrears = body.GetProperty("arrears");
        Assert.Equal(2, arrears.GetProperty("months").GetInt32());
        Assert.Equal("271.28", arrears.GetProperty("monthlyAmount").GetRawText());
        Assert.Equal("542.56", arrears.GetProperty("amount").GetRawText());
        Assert.Equal("CNY", arrears.GetProperty("currency").GetString());
        Assert.DoesNotContain(Strings(body.GetProperty("missing")), m => m.Contains("standard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retired_person_without_a_retirement_minimum_row_gets_null_and_the_row_named_missing()
    {
        var body = await CheckAsync(ApiHttp.ContractRequest.Replace("\"retired\": false", "\"retired\": true"));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("retirementMinimumMonths").ValueKind);
        Assert.Contains("chongqing retirement minimum contribution time", Strings(body.GetProperty("missing")));
        // Second reading: the 60 CNY a year is the paid-up retirees' fee, not every retiree's back-payment
        // (the first reading charged 5.00 a month): the amount is missing, with a caveat naming 缴费期满.
        Assert.Equal(JsonValueKind.Null, body.GetProperty("arrears").GetProperty("monthlyAmount").ValueKind);
        Assert.Contains("chongqing retiree contribution standard 2023", Strings(body.GetProperty("missing")));
        Assert.Contains(body.GetProperty("caveats").EnumerateArray(), c => c.GetProperty("code").GetString() == "retiree_paid_up" && c.GetProperty("text").GetString()!.Contains("缴费期满", StringComparison.Ordinal));
    }

    private async Task<JsonElement> CheckAsync(string json)
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>
    /// Every property of <paramref name="expected"/> is in <paramref name="actual"/> with the same value;
    /// numbers compare by their raw text, so 445.00 must be written 445.00. Arrays compare whole.
    /// </summary>
    private static void AssertContains(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind}, got {actual.ValueKind} ({actual.GetRawText()})");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name} is missing (nulls must be written)");
                    AssertContains(property.Value, value, $"{path}.{property.Name}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                    AssertContains(expected[i], actual[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }
}

public sealed class CheckContractTestsOnSqlite(MedInsureFactory factory) : CheckContractTests<MedInsureFactory>(factory);

public sealed class CheckContractTestsOnPostgres(PostgresMedInsureFactory factory) : CheckContractTests<PostgresMedInsureFactory>(factory);
