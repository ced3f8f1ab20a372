using System.Text.Json;
using System.Text.Json.Nodes;
using MedInsure.Domain.History;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Tests.Contract;

/// <summary>
/// The saved-vs-today comparison sees a change in each field the second edition added: two results
/// that differ in one field alone list that field, and only it, as changed.
/// </summary>
public sealed class ResultComparisonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string, string, string> SecondEditionChanges => new()
    {
        { "residentMonths", "residentMonths", "12" },
        { "continuityKept", "continuityKept", "false" },
        { "benefitsStopFrom", "benefitsStopFrom", "\"2025-06\"" },
        { "waitingPeriodMaxMonths", "waitingPeriodMaxMonths", "12" },
        { "gapReason", "gapReason", "\"stopped\"" },
        { "arrears.optional", "arrears.optional", "false" },
        { "arrears.reason", "arrears.reason", "\"notApplicable\"" },
        { "resumptionPayment.months", "resumptionPayment", "{\"year\":2025,\"months\":7,\"amount\":2910.00,\"currency\":\"CNY\"}" },
        { "resumptionPayment.amount", "resumptionPayment", "{\"year\":2025,\"months\":10,\"amount\":1990.00,\"currency\":\"CNY\"}" },
        { "duplicateRefund.when", "duplicateRefund", "{\"months\":2,\"when\":\"onEmployment\",\"lessPersonalAccountCredit\":true,\"condition\":\"c\"}" },
        { "duplicateRefund.lessPersonalAccountCredit", "duplicateRefund", "{\"months\":2,\"when\":\"nextYear\",\"lessPersonalAccountCredit\":false,\"condition\":\"c\"}" },
        { "duplicateRefund.condition", "duplicateRefund", "{\"months\":2,\"when\":\"nextYear\",\"lessPersonalAccountCredit\":true,\"condition\":\"d\"}" },
        { "caveats", "caveats", "[{\"figure\":\"waitingPeriodMonths\",\"basis\":\"reading\",\"code\":\"x\",\"text\":\"另一条说明 / Another note\",\"rules\":[]}]" },
    };

    [Theory]
    [MemberData(nameof(SecondEditionChanges))]
    public void A_change_in_one_second_edition_field_is_the_one_change_listed(string field, string path, string changedJson)
    {
        var before = Baseline();
        var after = Baseline();
        Set(after, path, JsonNode.Parse(changedJson));

        var changes = ResultComparison.Changes(Read(before), Read(after));

        Assert.Equal([field], changes.Select(c => c.Field));
        Assert.Empty(ResultComparison.Changes(Read(before), Read(Baseline())));
    }

    /// <summary>A real result (no rows, so every figure null) with every second-edition field given a value.</summary>
    private static JsonObject Baseline()
    {
        var result = RulesEngine.Check(new PolicySnapshot([new City("x", "X", "X")], []),
            new CheckRequest("x", Payer.Employer, new YearMonth(2025, 3), [], false, 1));
        var json = JsonSerializer.SerializeToNode(CheckResponse.From(result), Web)!.AsObject();
        json["residentMonths"] = 0;
        json["continuityKept"] = true;
        json["benefitsStopFrom"] = "2025-04";
        json["waitingPeriodMaxMonths"] = 6;
        json["gapReason"] = "employerArrears";
        json["arrears"]!["optional"] = true;
        json["arrears"]!["reason"] = "employerBase";
        json["resumptionPayment"] = JsonNode.Parse("{\"year\":2025,\"months\":10,\"amount\":2910.00,\"currency\":\"CNY\"}");
        json["duplicateRefund"] = JsonNode.Parse("{\"months\":2,\"when\":\"nextYear\",\"lessPersonalAccountCredit\":true,\"condition\":\"c\"}");
        json["caveats"] = JsonNode.Parse("[{\"figure\":\"waitingPeriodMonths\",\"basis\":\"national\",\"code\":\"x\",\"text\":\"一条说明 / A note\",\"rules\":[]}]");
        return json;
    }

    private static void Set(JsonObject json, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? json : json[parts[0]]!.AsObject();
        parent[parts[^1]] = value;
    }

    private static CheckResponse Read(JsonObject json) => json.Deserialize<CheckResponse>(Web)!;
}
