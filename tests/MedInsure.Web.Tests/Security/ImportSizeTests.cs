using MedInsure.Web.Pages.Account;
using System.Net;
using System.Text;
using MedInsure.Web.Pages.Admin.Policies;

namespace MedInsure.Web.Tests.Security;

/// <summary>Item 13 of the outside test: a file of 100,000 empty rows gets a page of a few hundred problems and a count of the rest.</summary>
public sealed class ImportSizeTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task An_import_of_100000_empty_rows_lists_a_few_hundred_problems_and_says_how_many_more()
    {
        using var admin = await factory.SignedInAsync("admin-empty-rows", Roles.Admin);
        var text = new StringBuilder("city: chongqing\nname_zh: 重庆\nname_en: Chongqing\nrows:\n");
        for (var i = 0; i < 100_000; i++)
            text.Append("  -\n");
        Assert.True(text.Length < PolicyTransfer.MaxFileBytes);

        var page = await admin.GetPageAsync("/admin/policies/import");
        var response = await admin.UploadAsync(page, "main form", "Upload", "chongqing.yaml", text.ToString(), new() { ["Reason"] = DraftKit.Reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < 300_000, $"{body.Length} bytes");
        var html = await Html.ParseAsync(response);
        Assert.Equal(ImportResult.MaxShown, html.QuerySelectorAll("table.problems tbody tr").Length);
        var more = html.QuerySelector(".more-problems")!.TextContent;
        Assert.Contains((100_000 - ImportResult.MaxShown).ToString(System.Globalization.CultureInfo.InvariantCulture), more);
        Assert.Contains("more problems", more);
    }
}
