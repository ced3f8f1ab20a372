using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MedInsure.Web.Common;
using MedInsure.Web.Pages.Case;
using Microsoft.Data.Sqlite;

namespace MedInsure.Web.Tests.Pages;

public sealed partial class SavedCasePagesTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    // GB 11643's own example number: 17 digits, a real birth date, check character X.
    private const string GoodId = "11010519491231002X";
    private const string Name = "张三明";

    [Fact]
    public async Task Saving_gives_a_code_that_reopens_the_case_and_keeps_only_masked_holder_details()
    {
        using var client = factory.Browser();
        var result = await CitizenFormKit.ResultFor(client);

        var response = await SaveForm(result).Set("name", Name).Set("idNumber", GoodId.ToLowerInvariant()).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var match = CasePath().Match(location);
        Assert.True(match.Success, location);
        var grouped = match.Groups[1].Value;

        var page = await Html.GetAsync(client, location);
        Assert.Equal(grouped, page.GetElementById("case-code")!.TextContent);
        Assert.Contains("2024-02", page.GetElementById("verdict")!.TextContent);
        Assert.Equal("2 个月 × 每月 222.50 元 = 445.00 元", page.QuerySelector("#figure-arrears .value")!.TextContent);
        var html = page.DocumentElement.OuterHtml;
        Assert.Contains("张*明", html);
        Assert.Contains("**************002X", html);
        Assert.DoesNotContain(GoodId, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Name, html);

        // Typed back without hyphens and in lower case, it opens the same case.
        var again = await Html.GetAsync(client, "/case/" + grouped.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        Assert.Equal(grouped, again.GetElementById("case-code")!.TextContent);
        var found = await client.GetAsync("/case?code=" + grouped.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal(location, found.Headers.Location!.ToString());

        // Stored: input, result, policy version; the ID only as its keyed hash and masked form.
        var code = grouped.Replace("-", "", StringComparison.Ordinal);
        var row = ReadCase(code);
        Assert.Equal(HmacHex(File.ReadAllText(Path.Combine(factory.DataDirectory, IdNumberHasher.KeyFileName)), GoodId), row["IdNumberHash"]);
        Assert.Equal("**************002X", row["IdNumberMasked"]);
        Assert.Equal("张*明", row["HolderNameMasked"]);
        Assert.Contains("\"resumeMonth\":\"2024-01\"", row["Input"]);
        Assert.Contains("\"arrearsDeadline\":\"2024-02\"", row["Figures"]);
        Assert.Null(row["ResultJson"]);
        Assert.Matches("^[0-9a-f]{16}$", row["PolicyVersion"]);
        Assert.DoesNotContain(row.Values, v => v is not null && (v.Contains(GoodId, StringComparison.OrdinalIgnoreCase) || v.Contains(Name, StringComparison.Ordinal)));

        // The request log names the route, never the code, the name or the ID number.
        var logs = factory.ReadLogFiles();
        Assert.Contains("/case/{code}", logs);
        Assert.DoesNotContain(code, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GoodId, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Name, logs);
    }

    [Theory]
    [InlineData("110105194912310021")] // wrong check digit
    [InlineData("11010519491331002X")] // check digit right for a 13th month
    [InlineData("1101051949123100")] // too short
    public async Task A_bad_id_number_is_refused_beside_its_field_and_nothing_is_saved(string id)
    {
        using var client = factory.Browser();
        var result = await CitizenFormKit.ResultFor(client);
        var before = CountCases();

        var response = await SaveForm(result).Set("name", Name).Set("idNumber", id).PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(Messages.IdNumberInvalid.Zh, page.GetElementById("idNumber-error")!.TextContent);
        Assert.Equal("true", page.GetElementById("idNumber")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".error-summary[role=alert] a[href='#idNumber']"));
        Assert.Equal(Name, page.ValueOf("name"));
        Assert.Contains("2024-02", page.GetElementById("verdict")!.TextContent);
        Assert.Equal(before, CountCases());
    }

    [Theory]
    [InlineData("/case/ABCD-EFGH-JKLM")]
    [InlineData("/case/not-a-code")]
    public async Task An_unknown_code_gets_a_friendly_404_page(string url)
    {
        using var client = factory.Browser();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("没有找到这个查询编号", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task A_malformed_code_typed_into_the_finder_is_reported_beside_it()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/case?code=ABC0");
        Assert.Equal(Messages.CaseCodeInvalid.Zh, page.GetElementById("code-error")!.TextContent);
        Assert.Equal("ABC0", page.ValueOf("code"));
    }

    private static FormPost SaveForm(IDocument result) => FormPost.From(result.Form("form[action*='handler=Save']"));

    private Dictionary<string, string?> ReadCase(string code)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM SavedCases WHERE Code = $code";
        command.Parameters.AddWithValue("$code", code);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetName(i) switch
        {
            // The compact columns, as what they hold: the input's fields and the report's JSON.
            "Input" => System.Text.Json.JsonSerializer.Serialize(CompactInput.Decode((byte[])reader.GetValue(i)), SavedReports.Json),
            "Figures" => SavedReportCodec.ToJson((byte[])reader.GetValue(i)),
            _ => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private long CountCases()
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM SavedCases";
        return (long)command.ExecuteScalar()!;
    }

    private static string HmacHex(string base64Key, string id) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(base64Key.Trim()), Encoding.UTF8.GetBytes(id)));

    [GeneratedRegex("^/case/([23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4})$")]
    private static partial Regex CasePath();
}
