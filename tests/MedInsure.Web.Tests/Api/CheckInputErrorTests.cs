using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MedInsure.Domain.Time;

namespace MedInsure.Web.Tests.Api;

/// <summary>Every kind of bad request to the check API, each with its status and the field path it is reported under.</summary>
public sealed class CheckInputErrorTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    private const string Period = """{ "from": "2015-01", "to": "2023-10", "payer": "employer" }""";

    /// <summary>The contract example with one field replaced (or, with a null value, left out).</summary>
    private static string With(string field, string? json)
    {
        var fields = new Dictionary<string, string>
        {
            ["city"] = "\"chongqing\"",
            ["resumeAs"] = "\"individual\"",
            ["resumeMonth"] = "\"2024-01\"",
            ["retired"] = "false",
            ["tier"] = "1",
            ["periods"] = $"[{Period}]",
        };
        if (json is null)
            fields.Remove(field);
        else
            fields[field] = json;
        return "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";
    }

    /// <summary>A body with one more field.</summary>
    private static string Add(string json, string field, string value) => json[..^1] + $", \"{field}\": {value}}}";

    public static TheoryData<string, string> BadBodies => new()
    {
        // The body itself.
        { "{", "body" },
        { "{\"city\": \"chongqing\",}", "body" },
        { "[]", "body" },
        { "\"chongqing\"", "body" },
        { "null", "body" },
        { "", "body" },
        // A value of the wrong JSON type.
        { With("tier", "\"x\""), "tier" },
        { With("retired", "\"yes\""), "retired" },
        { With("periods", "{}"), "periods" },
        { With("periods", "[5]"), "periods[0]" },
        { With("resumeMonth", "202401"), "resumeMonth" },
        { With("city", "5"), "city" },
        { With("resumeAs", "true"), "resumeAs" },
        { With("periods", """[{ "from": 201501, "to": "2023-10", "payer": "employer" }]"""), "periods[0].from" },
        { With("periods", """[{ "from": "2015-01", "to": "2023-10", "payer": ["employer"] }]"""), "periods[0].payer" },
        // A missing required field.
        { With("city", null), "city" },
        { With("resumeAs", null), "resumeAs" },
        { With("resumeMonth", null), "resumeMonth" },
        { With("periods", null), "periods" },
        { With("periods", "null"), "periods" },
        { With("periods", "[null]"), "periods[0]" },
        { With("periods", """[{ "to": "2023-10", "payer": "employer" }]"""), "periods[0].from" },
        // A value the validator refuses.
        { With("city", "\"atlantis\""), "city" },
        { With("city", "\"\""), "city" },
        { With("resumeMonth", "\"2024-13\""), "resumeMonth" },
        { With("resumeMonth", "\"24-1\""), "resumeMonth" },
        { With("resumeMonth", "\"\""), "resumeMonth" },
        { With("periods", """[{ "from": "2023-10", "to": "2023-09", "payer": "employer" }]"""), "periods[0].to" },
        { With("periods", """[{ "from": "2015-01", "to": "2024-01", "payer": "employer" }]"""), "periods[0].to" },
        { With("periods", """[{ "from": "2015-01", "to": "2023-1", "payer": "employer" }]"""), "periods[0].to" },
        { With("periods", $$"""[{{Period}}, { "from": "2015-01", "to": "2023-10", "payer": "boss" }]"""), "periods[1].payer" },
        { With("resumeAs", "\"boss\""), "resumeAs" },
        { With("tier", "3"), "tier" },
        { With("tier", "1.5"), "tier" },
        { With("periods", "[" + string.Join(",", Enumerable.Repeat(Period, 601)) + "]"), "periods" },
        // The same field twice.
        { "{\"city\": \"chongqing\", \"City\": \"weinan\", \"resumeAs\": \"individual\", \"resumeMonth\": \"2024-01\", \"periods\": []}", "city" },
        // gapReason (second edition): a code the contract does not know, another type, or with another payer.
        { Add(With("resumeAs", "\"employer\""), "gapReason", "\"fired\""), "gapReason" },
        { Add(With("resumeAs", "\"employer\""), "gapReason", "\"\""), "gapReason" },
        { Add(With("resumeAs", "\"employer\""), "gapReason", "1"), "gapReason" },
        { Add(With("resumeAs", "\"individual\""), "gapReason", "\"stopped\""), "gapReason" },
    };

    [Theory]
    [InlineData("stopped")]
    [InlineData("employerArrears")]
    [InlineData(null)]
    public async Task A_gap_reason_with_an_employer_is_accepted(string? reason)
    {
        using var client = factory.CreateClient();
        var json = With("resumeAs", "\"employer\"");
        if (reason is not null)
            json = Add(json, "gapReason", $"\"{reason}\"");
        var response = await client.PostCheckAsync(json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_gap_reason_given_with_another_payer_is_explained_in_both_languages()
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(Add(With("resumeAs", "\"individual\""), "gapReason", "\"stopped\""));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("gapReason")[0].GetString()!;
        Assert.Contains("只有随单位接续", message);
        Assert.Contains("gapReason is given only with resumeAs employer", message);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_problem_keyed_by_the_field_path(string json, string key)
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(json);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([key], ApiHttp.ErrorKeys(problem));
    }

    [Theory]
    [InlineData("1900-01", "[]")]
    [InlineData("2999-12", "[]")]
    [InlineData("2999-12", """[{ "from": "2999-01", "to": "2999-11", "payer": "employer" }]""")]
    [InlineData("2999-12", """[{ "from": "2990-01", "to": "2990-01", "payer": "individual" }]""")]
    public async Task The_first_and_last_months_a_client_may_write_are_checked(string resumeMonth, string periods)
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(With("resumeMonth", $"\"{resumeMonth}\"").Replace($"[{Period}]", periods));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Six_hundred_periods_are_accepted()
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(With("periods", "[" + string.Join(",", Enumerable.Repeat(Period, 600)) + "]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Several_mistakes_are_reported_together()
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync("""
            { "city": "atlantis", "resumeAs": 1, "resumeMonth": "2024-13", "tier": "x",
              "periods": [5, { "from": "2024-01", "to": "2023-01", "payer": "boss" }] }
            """);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["city", "periods[0]", "periods[1].payer", "periods[1].to", "resumeAs", "resumeMonth", "tier"],
            ApiHttp.ErrorKeys(problem).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_body_over_64_KiB_with_a_length_is_a_413()
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(With("city", "\"" + new string('x', 64 * 1024) + "\""));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(["body"], ApiHttp.ErrorKeys(problem));
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_is_a_413()
    {
        using var client = factory.CreateClient();
        var bytes = Encoding.UTF8.GetBytes(With("city", "\"" + new string('x', 64 * 1024) + "\""));
        using var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = ApiHttp.Json;
        var response = await client.PostAsync("/api/v1/checks", content);

        Assert.Null(content.Headers.ContentLength);
        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(["body"], ApiHttp.ErrorKeys(problem));
    }

    [Fact]
    public async Task A_chunked_body_under_the_cap_is_read()
    {
        using var client = factory.CreateClient();
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(ApiHttp.ContractRequest)));
        content.Headers.ContentType = ApiHttp.Json;
        var response = await client.PostAsync("/api/v1/checks", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task A_body_that_is_not_utf8_json_is_a_415(string? contentType)
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ApiHttp.ContractRequest));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await client.PostAsync("/api/v1/checks", content);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Theory]
    [InlineData("/api/v1/nothing")]
    [InlineData("/api/v2/checks")]
    [InlineData("/api")]
    public async Task An_unknown_api_route_is_a_404_problem(string path)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var response = await client.GetAsync(path);
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_wrong_method_on_a_known_route_is_a_405_naming_the_right_one()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/v1/checks");
        await response.ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    /// <summary>
    /// Random histories near the ends of the month range, mostly well-formed: whatever the engine makes
    /// of them, none may yield a 500.
    /// </summary>
    [Fact]
    public async Task No_generated_request_yields_a_server_error()
    {
        var random = new Random(20261123);
        string[] cities = ["chongqing", "weinan", "Weinan", "atlantis"];
        string[] payers = ["employer", "individual", "resident"];
        int[] years = [1900, 1901, 2015, 2022, 2023, 2024, 2898, 2899, 2900, 2999];
        YearMonth Around(YearMonth month, int spread) =>
            month.PlusMonths(Math.Clamp(random.Next(-spread, spread + 1), -(month.Year - YearMonth.MinYear) * 12 - month.Month + 1, 0));

        using var client = factory.CreateClient();
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 400; i++)
        {
            var resume = new YearMonth(years[random.Next(years.Length)], random.Next(1, 13));
            var periods = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
            {
                var to = Around(resume.PlusMonths(resume > new YearMonth(1900, 1) ? -1 : 0), 40);
                var from = Around(to, 60);
                if (random.Next(10) == 0)
                    (from, to) = (to, from);
                return $$"""{ "from": "{{from}}", "to": "{{to}}", "payer": "{{payers[random.Next(payers.Length)]}}" }""";
            });
            var json = $$"""
                { "city": "{{cities[random.Next(cities.Length)]}}", "resumeAs": "{{payers[random.Next(payers.Length)]}}",
                  "resumeMonth": "{{resume}}", "retired": {{(random.Next(2) == 0 ? "true" : "false")}}, "tier": {{random.Next(1, 3)}},
                  "periods": [{{string.Join(", ", periods)}}] }
                """;
            var response = await client.PostCheckAsync(json);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"{(int)response.StatusCode} for {json}: {await response.Content.ReadAsStringAsync()}");
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 100, $"too few requests got through: {string.Join(", ", statuses)}");
    }

    /// <summary>A request body whose length the client cannot know, so it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
