using System.Net;
using System.Text.Json;

namespace MedInsure.Web.Tests.Api;

public sealed class OpenApiTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    /// <summary>api-contract.md's response fields: the document must promise every one of them.</summary>
    private static readonly string[] ContractFields =
    [
        "city", "resumeMonth", "firstEnrollment", "lastPaidMonth", "gapMonths", "withinArrearsWindow",
        "arrearsDeadline", "waitingPeriodMonths", "benefitsFrom", "gapCostsReimbursed", "personalAccountCredited",
        "cumulativeMonths", "continuousMonths", "duplicateMonths", "arrears", "missing", "rules", "policyVersion", "engineVersion",
        // Second edition.
        "residentMonths", "continuityKept", "benefitsStopFrom", "waitingPeriodMaxMonths", "gapReason", "resumptionPayment", "duplicateRefund", "caveats",
    ];

    [Fact]
    public async Task The_document_describes_both_routes_their_schemas_and_problem_responses()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();

        var paths = document.GetProperty("paths");
        var post = paths.GetProperty("/api/v1/checks").GetProperty("post");
        var get = paths.GetProperty("/api/v1/policies/{city}").GetProperty("get");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "200", "400", "413", "415" })
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"POST lacks {status}");
        foreach (var status in new[] { "200", "400", "404" })
            Assert.True(get.GetProperty("responses").TryGetProperty(status, out _), $"GET lacks {status}");
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "on");
        Assert.True(post.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var result = schemas.GetProperty("CheckResponse");
        foreach (var field in ContractFields)
            Assert.True(result.GetProperty("properties").TryGetProperty(field, out _), $"CheckResponse lacks '{field}'");
        var money = schemas.GetProperty("ArrearsResponse").GetProperty("properties").GetProperty("amount");
        Assert.Contains("number", money.GetProperty("type").EnumerateArray().Select(t => t.GetString()));

        var request = schemas.GetProperty("CheckInput");
        Assert.Equal(["city", "periods", "resumeAs", "resumeMonth"],
            request.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Only_the_api_routes_are_described()
    {
        using var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        Assert.Equal(["/api/v1/checks", "/api/v1/policies/{city}"],
            document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, document.GetProperty("paths").GetProperty("/api/v1/checks").ValueKind);
    }
}
