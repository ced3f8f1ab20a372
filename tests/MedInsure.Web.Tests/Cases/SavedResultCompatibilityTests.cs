using System.Text.Json;
using System.Text.Json.Nodes;
using MedInsure.Web.Common;
using MedInsure.Web.Contract;
using MedInsure.Web.Pages.Case;

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

        var report = CaseStore.ReadReport(saved.ToJsonString());

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
}
