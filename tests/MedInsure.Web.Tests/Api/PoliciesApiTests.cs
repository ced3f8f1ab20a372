using System.Net;
using System.Text.Json;

namespace MedInsure.Web.Tests.Api;

public abstract class PoliciesApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Theory]
    [InlineData("2022-06-01", "6")]
    [InlineData("2023-06-01", "3")]
    public async Task Weinan_rows_in_force_on_a_day_show_that_days_waiting_period(string on, string waiting)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/policies/weinan?on={on}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("weinan", body.GetProperty("city").GetString());
        Assert.Equal(on, body.GetProperty("on").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        var row = Assert.Single(rows, r => r.GetProperty("key").GetString() == "waiting_months.individual.over_window");
        Assert.Equal(waiting, row.GetProperty("valueText").GetString());
        Assert.Equal(int.Parse(waiting), row.GetProperty("value").GetInt32());
        Assert.Equal("month", row.GetProperty("unit").GetString());
        Assert.Equal("002_b8448392a3d6f5bb.txt", row.GetProperty("source").GetString());
        foreach (var field in new[] { "effectiveFrom", "effectiveTo", "document" })
            Assert.True(row.TryGetProperty(field, out _), $"'{field}' is left out instead of written");

        // Each key once: rows of one key never overlap, so one day sees one of them.
        Assert.Equal(rows.Count, rows.Select(r => r.GetProperty("key").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_row_ended_before_the_day_is_not_listed_and_dates_are_iso_days()
    {
        using var client = factory.CreateClient();
        // Second reading: 2024 and 2025 standards are on record; 2026's is not published.
        var body = await (await client.GetAsync("/api/v1/policies/Chongqing?on=2026-06-01")).ReadJsonAsync();

        Assert.Equal("chongqing", body.GetProperty("city").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.GetProperty("key").GetString() == "contribution.individual.tier1.annual_cny");
        Assert.All(rows, r => Assert.True(r.GetProperty("effectiveTo").ValueKind == JsonValueKind.Null
            || string.CompareOrdinal(r.GetProperty("effectiveTo").GetString(), "2026-06-01") >= 0));
    }

    [Fact]
    public async Task An_unknown_city_is_a_404_problem()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/v1/policies/atlantis?on=2023-06-01");
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("2023-6-1")]
    [InlineData("20230601")]
    [InlineData("")]
    [InlineData("2023-06-01&on=2023-07-01")]
    public async Task A_bad_day_is_a_400_keyed_on(string on)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/policies/weinan?on={on}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["on"], ApiHttp.ErrorKeys(problem));
    }
}

public sealed class PoliciesApiTestsOnSqlite(MedInsureFactory factory) : PoliciesApiTests<MedInsureFactory>(factory);

public sealed class PoliciesApiTestsOnPostgres(PostgresMedInsureFactory factory) : PoliciesApiTests<PostgresMedInsureFactory>(factory);
