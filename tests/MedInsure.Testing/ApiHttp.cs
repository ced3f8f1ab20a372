using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MedInsure.Testing;

/// <summary>Posting raw JSON text, as another system would, and reading problem documents.</summary>
public static class ApiHttp
{
    /// <summary>api-contract.md's example request, as written there; scripts/load-check.lua posts the same file.</summary>
    public static string ContractRequest { get; } =
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "MedInsure.Web.Tests", "Api", "contract-request.json"));

    public static Task<HttpResponseMessage> PostCheckAsync(this HttpClient client, string json) =>
        client.PostAsync("/api/v1/checks", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A check of <paramref name="city"/> with one row per period: "2015-01..2023-10 employer".</summary>
    public static string Check(string city, string resumeAs, string resumeMonth, params string[] periods)
    {
        var items = periods.Select(p =>
        {
            var parts = p.Split(' ');
            var months = parts[0].Split("..");
            return $$"""{ "from": "{{months[0]}}", "to": "{{months[1]}}", "payer": "{{parts[1]}}" }""";
        });
        return $$"""{ "city": "{{city}}", "resumeAs": "{{resumeAs}}", "resumeMonth": "{{resumeMonth}}", "periods": [{{string.Join(", ", items)}}] }""";
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a problem document with the status and returns it.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoServerInternals(text);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        return problem;
    }

    /// <summary>The field paths of a problem's <c>errors</c>, each checked to hold Chinese with English beside it.</summary>
    public static string[] ErrorKeys(JsonElement problem)
    {
        var keys = new List<string>();
        foreach (var error in problem.GetProperty("errors").EnumerateObject())
        {
            keys.Add(error.Name);
            Assert.NotEqual(0, error.Value.GetArrayLength());
            foreach (var message in error.Value.EnumerateArray())
            {
                var text = message.GetString()!;
                Assert.Contains(" / ", text);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text.Split(" / ")[0]);
                Assert.Matches("[a-z]", text[(text.IndexOf(" / ", StringComparison.Ordinal) + 3)..]);
            }
        }
        return [.. keys];
    }

    public static void AssertNoServerInternals(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.DoesNotContain("MedInsure.Web.", body);
    }

    public static MediaTypeHeaderValue Json => new("application/json") { CharSet = "utf-8" };
}
