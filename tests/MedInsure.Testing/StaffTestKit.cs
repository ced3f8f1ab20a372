using System.Net;
using AngleSharp.Html.Dom;
using MedInsure.Web.Common;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Testing;

/// <summary>Saved cases made through the app's CaseStore, and the staff lookup form posted as a browser would.</summary>
public static class StaffTestKit
{
    /// <summary>A valid Weinan ID number (GB 11643 check character 1) and its masked form.</summary>
    public const string WeinanId = "610502198506154411";
    public const string WeinanIdMasked = "**************4411";

    /// <summary>A valid Chongqing ID number ending in X.</summary>
    public const string ChongqingId = "50010319900307101X";

    /// <summary>
    /// Paid as an individual through 2023-06, resuming 2024-01: a 6-month gap, over the 3-month window,
    /// so Weinan's 2023 waiting period (3 months in the fixture policies) applies.
    /// </summary>
    public static CheckInput WeinanOverWindow() => WeinanIndividual(lastPaid: "2023-06");

    /// <summary>Paid through 2023-10, resuming 2024-01: a 2-month gap, inside the window, so no waiting period applies.</summary>
    public static CheckInput WeinanWithinWindow() => WeinanIndividual(lastPaid: "2023-10");

    private static CheckInput WeinanIndividual(string lastPaid) => new()
    {
        City = "weinan",
        ResumeAs = "individual",
        ResumeMonth = "2024-01",
        Periods = [new PeriodInput { From = "2020-01", To = lastPaid, Payer = "individual" }],
    };

    /// <summary>The README's Chongqing example: within the window, nothing about waiting periods.</summary>
    public static CheckInput ChongqingWithinWindow() => new()
    {
        City = "chongqing",
        ResumeAs = "individual",
        ResumeMonth = "2024-01",
        Tier = 1,
        Periods = [new PeriodInput { From = "2015-01", To = "2023-10", Payer = "employer" }],
    };

    /// <summary>The key of the rows that set a waiting period after a gap over the window, for individuals.</summary>
    public const string WaitingKey = "waiting_months.individual.over_window";

    /// <summary>Weinan's waiting-period row in force from 2023-01-01 (3 months in the fixture policies), as stored now.</summary>
    public static Task<PolicyRowEntity> WeinanWaitingRowAsync(this MedInsureFactory factory) =>
        factory.QueryAsync(db => db.PolicyRows.AsNoTracking()
            .SingleAsync(r => r.City == "weinan" && r.Key == WaitingKey && r.EffectiveFrom == new DateOnly(2023, 1, 1)));

    public static async Task<string> SaveCaseAsync(this MedInsureFactory factory, CheckInput input, string? name = null, string? idNumber = null)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAsync(input, name, idNumber);
    }

    /// <summary>Fills the lookup form at /staff and posts it; the results page.</summary>
    public static async Task<IHtmlDocument> SearchAsync(this HttpClient client, Dictionary<string, string> values)
    {
        var form = await client.GetPageAsync("/staff");
        var response = await client.SubmitAsync(form, "#case-search", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    /// <summary>The codes listed in the results table.</summary>
    public static List<string> FoundCodes(this IHtmlDocument page) =>
        page.QuerySelectorAll("table.cases tbody tr").Select(tr => tr.GetAttribute("data-code")!).ToList();

    /// <summary>Today in China (cases are searched by China days), as yyyy-MM-dd, shifted by <paramref name="days"/>.</summary>
    public static string ChinaDay(int days = 0) =>
        DateTimeOffset.UtcNow.ToOffset(ChinaTime.Offset).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
