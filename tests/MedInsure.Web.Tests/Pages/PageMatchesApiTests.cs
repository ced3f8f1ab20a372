using System.Globalization;
using System.Text.Json;

namespace MedInsure.Web.Tests.Pages;

/// <summary>The citizen's page and the API tell the same story for the contract's example.</summary>
public sealed class PageMatchesApiTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    [Fact]
    public async Task The_contract_example_shows_on_the_page_the_figures_the_API_returns()
    {
        using var api = factory.CreateClient();
        var response = await api.PostCheckAsync(ApiHttp.ContractRequest);
        var json = await response.ReadJsonAsync();

        using var browser = factory.Browser();
        var page = await CitizenFormKit.ResultFor(browser);

        string Figure(string id) => page.GetElementById(id)!.TextContent;
        Assert.Contains(json.GetProperty("arrearsDeadline").GetString()!, Figure("figure-deadline"));
        Assert.Contains(json.GetProperty("benefitsFrom").GetString()!, Figure("figure-benefits"));

        var arrears = json.GetProperty("arrears");
        var arrearsText = Figure("figure-arrears");
        Assert.Contains(Money(arrears.GetProperty("monthlyAmount")), arrearsText);
        Assert.Contains(Money(arrears.GetProperty("amount")), arrearsText);
        Assert.Contains($"{arrears.GetProperty("months").GetInt32()} 个月", arrearsText);

        var cumulative = json.GetProperty("cumulativeMonths").GetInt32();
        Assert.Contains($"{cumulative / 12} 年", Figure("figure-cumulative"));
        Assert.Contains($"{cumulative % 12} 个月", Figure("figure-cumulative"));
        var continuous = json.GetProperty("continuousMonths").GetInt32();
        Assert.Contains($"{continuous / 12} 年", Figure("figure-continuous"));

        // Every policy row the API cites is cited on the page too, by its words, never by its source's file name.
        var pageText = page.Body!.TextContent;
        foreach (var rule in json.GetProperty("rules").EnumerateArray())
        {
            Assert.Contains(rule.GetProperty("quote").GetString()!, pageText);
            Assert.DoesNotContain(rule.GetProperty("source").GetString()!, pageText);
        }
    }

    private static string Money(JsonElement value) => value.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);
}
