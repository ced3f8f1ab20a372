using System.Text.Json;
using System.Text.Json.Nodes;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;
using MedInsure.Web.Pages.Case;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Cases;

/// <summary>Saved cases keep the JSON of the day they were saved; later shapes must still read them.</summary>
public sealed class SavedResultCompatibilityTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task A_result_saved_when_rows_had_only_a_text_value_still_reads_with_that_value()
    {
        using var client = factory.CreateClient();
        var body = ApiHttp.ContractRequest;
        var response = await client.PostAsync("/api/v1/checks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var today = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // The earlier shape: "value" held the text and there was no "valueText".
        foreach (var rule in today["rules"]!.AsArray())
        {
            var text = rule!["valueText"]!.GetValue<string>();
            rule.AsObject().Remove("valueText");
            rule["value"] = text;
        }
        var saved = new JsonObject
        {
            ["input"] = new JsonObject { ["city"] = "chongqing", ["resumeAs"] = "individual", ["resumeMonth"] = "2024-01", ["periods"] = new JsonArray() },
            ["result"] = today,
            ["cityNameZh"] = "重庆",
            ["cityNameEn"] = "Chongqing",
        };

        var report = SavedReports.ReadJson(saved.ToJsonString());

        var window = Assert.Single(report.Result.Rules, r => r.Key == "arrears_window_months");
        Assert.Equal("3", window.Value);
        Assert.Equal(JsonValueKind.String, window.TypedValue.ValueKind);
    }

    [Fact]
    public void A_row_written_today_reads_back_with_its_text_and_its_typed_value()
    {
        var json = """{"id":"x","key":"k","value":3,"valueText":"3","unit":"month","text":"t","source":"s","quote":"q","document":null,"effectiveFrom":null,"effectiveTo":null,"note":null}""";
        var row = JsonSerializer.Deserialize<PolicyRowResponse>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal("3", row.Value);
        Assert.Equal(3, row.TypedValue.GetInt32());
    }

    [Fact]
    public void A_result_saved_as_contract_strings_reads_as_typed_months_codes_and_figures_and_writes_the_same_strings()
    {
        var report = StaffTestKit.WeinanOverWindow();
        using var scope = factory.Services.CreateScope();
        var stored = JsonNode.Parse(JsonSerializer.Serialize(
            scope.ServiceProvider.GetRequiredService<CheckReports>().Create(report),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.AsObject();
        var result = stored["result"]!.AsObject();

        // As the contract writes them: months as "YYYY-MM", groups and situations as codes, figures by name.
        Assert.Equal("2024-01", result["resumeMonth"]!.GetValue<string>());
        Assert.Equal("2023-06", result["lastPaidMonth"]!.GetValue<string>());
        Assert.Equal("2023-07", result["gap"]!["from"]!.GetValue<string>());
        Assert.Equal("individual", result["ruleGroup"]!.GetValue<string>());
        Assert.Equal("over_window", result["situation"]!.GetValue<string>());
        Assert.Contains(result["rules"]!.AsArray(), r => r!["figures"]!.AsArray().Any(f => f!.GetValue<string>() == "waitingPeriodMonths"));

        var read = SavedReports.ReadJson(stored.ToJsonString());
        Assert.Equal(new YearMonth(2024, 1), read.Result.ResumeMonth);
        Assert.Equal(new YearMonth(2023, 7), read.Result.Gap!.From);
        Assert.Equal(RuleGroup.Individual, read.Result.RuleGroup);
        Assert.Equal(Situation.OverWindow, read.Result.Situation);
        Assert.Contains(read.Result.Rules, r => r.Figures.Contains(Figure.WaitingPeriodMonths));
    }

    [Fact]
    public void A_result_saved_with_what_if_rows_named_ifLate_still_reads_and_keeps_those_rows()
    {
        using var scope = factory.Services.CreateScope();
        var reports = scope.ServiceProvider.GetRequiredService<CheckReports>();
        var stored = JsonNode.Parse(JsonSerializer.Serialize(reports.Create(StaffTestKit.WeinanWithinWindow()), new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.AsObject();
        var lateRules = stored["ifLate"]!["rules"]!.AsArray();
        Assert.NotEmpty(lateRules);
        // Earlier versions named the what-if rows' figure "ifLate", a name no figure has.
        foreach (var rule in lateRules)
            rule!["figures"] = new JsonArray("ifLate");

        var read = SavedReports.ReadJson(stored.ToJsonString());

        Assert.Equal(lateRules.Count, read.IfLate!.Rules.Count);
        Assert.All(read.IfLate.Rules, r => Assert.Empty(r.Figures));
    }
}
