using System.Net;
using System.Text.Json;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Tests.Api;

/// <summary>POST /api/v1/checks against api-contract.md's example and rules.md's worked examples.</summary>
public abstract class CheckContractTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    /// <summary>api-contract.md's response for its request, less the abbreviated rules and versions.</summary>
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
          "personalAccountCredited": true,
          "cumulativeMonths": 106,
          "continuousMonths": 106,
          "duplicateMonths": 0,
          "arrears": { "months": 2, "monthlyAmount": 222.50, "amount": 445.00, "lateFee": null, "currency": "CNY" },
          "missing": []
        }
        """;

    private static readonly string[] RuleFields =
        ["id", "key", "value", "valueText", "unit", "text", "source", "quote", "document", "effectiveFrom", "effectiveTo", "figures"];

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
        Assert.True(body.GetProperty("personalAccountCredited").GetBoolean());
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
    public async Task Chongqing_employer_arrears_start_benefits_the_next_month_and_name_the_missing_employer_standard()
    {
        var body = await CheckAsync(ApiHttp.Check("chongqing", "employer", "2024-01", "2015-01..2023-10 employer"));

        Assert.Equal(0, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2024-02", body.GetProperty("benefitsFrom").GetString());
        Assert.True(body.GetProperty("gapCostsReimbursed").GetBoolean());
        Assert.Equal("employer", body.GetProperty("ruleGroup").GetString());
        var arrears = body.GetProperty("arrears");
        Assert.Equal(2, arrears.GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("amount").ValueKind);
        Assert.Contains("chongqing employer contribution standard 2023", Strings(body.GetProperty("missing")));
    }

    [Fact]
    public async Task A_gap_reaching_into_2024_leaves_the_amounts_null_and_names_the_missing_2024_standard()
    {
        var body = await CheckAsync(ApiHttp.Check("chongqing", "individual", "2024-02", "2015-01..2023-11 employer"));

        var arrears = body.GetProperty("arrears");
        Assert.Equal(2, arrears.GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("monthlyAmount").ValueKind);
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, arrears.GetProperty("lateFee").ValueKind);
        Assert.Equal(["chongqing contribution standard 2024"], Strings(body.GetProperty("missing")));
        // An addition beside the contract's strings: the same item as data, for clients that word it themselves.
        using (var expected = JsonDocument.Parse("""
            [{ "kind": "contribution_standard", "city": "chongqing", "year": 2024, "group": "individual", "situation": null, "key": null }]
            """))
            AssertContains(expected.RootElement, body.GetProperty("missingRules"), "$.missingRules");
        // The rest of the result is still computed.
        Assert.Equal(0, body.GetProperty("waitingPeriodMonths").GetInt32());
        Assert.Equal("2024-02", body.GetProperty("benefitsFrom").GetString());
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
        // Chongqing's retired standard is 60 CNY a year (large-amount medical): 5.00 a month.
        Assert.Equal("5.00", body.GetProperty("arrears").GetProperty("monthlyAmount").GetRawText());
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
