using System.Text.Json;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Cases;

/// <summary>
/// Saved cases keep the input, the figures and the ids of the rows, and show again from the published
/// version they name: exactly the report the citizen was shown, in a few hundred bytes.
/// </summary>
public sealed class CompactSavedCaseTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task Varied_cases_open_exactly_as_they_were_told_from_a_few_hundred_bytes_each()
    {
        var faker = new CaseFaker(["weinan", "chongqing"], seed: 23, DateTimeOffset.UtcNow);
        var cases = Enumerable.Range(0, 400).Select(_ => faker.Next()).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<CheckReports>();
        var told = cases.Select(c => JsonSerializer.Serialize(reports.Create(c.Input), SavedReports.Json)).ToList();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();

        var codes = await store.SaveAllAsync(cases);

        for (var i = 0; i < codes.Count; i++)
        {
            var found = await store.FindAsync(codes[i]);
            Assert.Equal(told[i], JsonSerializer.Serialize(found!.Report, SavedReports.Json));
        }
        var stored = await factory.QueryAsync(db => db.SavedCases.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync());
        Assert.All(stored, c => Assert.Null(c.ResultJson));
        Assert.All(stored, c => Assert.Null(c.InputJson));
        Assert.All(stored, c => Assert.DoesNotContain("\"quote\"", SavedReportCodec.ToJson(c.Figures!), StringComparison.Ordinal));
        var typical = stored.Where(c => SavedReports.InputOf(c).Periods!.Count <= 3).Select(c => c.Input!.Length + c.Figures!.Length).ToList();
        Assert.True(typical.Average() < 800 && typical.Max() < 1000, $"typical cases: {typical.Average():0} bytes of input and figures on average, {typical.Max()} at most");
    }

    [Fact]
    public async Task A_case_shows_the_rows_of_its_own_version_after_a_newer_one_is_published()
    {
        var input = new MedInsure.Web.Contract.CheckInput
        {
            City = "weinan", ResumeAs = "individual", ResumeMonth = "2024-01",
            Periods = [new() { From = "2020-01", To = "2023-10", Payer = "individual" }],
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var told = JsonSerializer.Serialize(scope.ServiceProvider.GetRequiredService<CheckReports>().Create(input), SavedReports.Json);
        var code = await store.SaveAsync(input, null, null);
        var version = await factory.QueryAsync(db => db.SavedCases.Where(c => c.Code == code).Select(c => c.PolicyVersionNumber).SingleAsync());

        // A version whose rows say something else: the case must still say what its own version said.
        await factory.QueryAsync(async db =>
        {
            var latest = await db.PolicyVersions.Include(v => v.Rows).Where(v => v.City == "weinan").OrderByDescending(v => v.Number).FirstAsync();
            var next = new MedInsure.Web.Data.PolicyVersionEntity
            {
                City = latest.City, Number = latest.Number + 1, CityNameZh = latest.CityNameZh, CityNameEn = latest.CityNameEn,
                PublishedAtUtc = DateTime.UtcNow, PublishedBy = "test", AuthoredBy = "test", Reason = "test", Kind = latest.Kind,
            };
            foreach (var row in latest.Rows)
            {
                var copy = new MedInsure.Web.Data.PolicyVersionRowEntity();
                row.CopyColumnsTo(copy);
                copy.SourceQuote = "改写 " + row.SourceQuote;
                next.Rows.Add(copy);
            }
            db.PolicyVersions.Add(next);
            await db.SaveChangesAsync();
            return 0;
        });
        await factory.Services.GetRequiredService<MedInsure.Web.Data.PolicySnapshotProvider>().RefreshAsync();

        var found = await store.FindAsync(code);
        Assert.Equal(version, found!.VersionNumber);
        Assert.Equal(told, JsonSerializer.Serialize(found.Report, SavedReports.Json));
        Assert.Equal(version + 1, found.TodayVersionNumber);
        Assert.All(scope.ServiceProvider.GetRequiredService<CheckReports>().Create(input).Result.Rules, r => Assert.StartsWith("改写", r.Quote, StringComparison.Ordinal));
        Assert.All(found.Report.Result.Rules, r => Assert.DoesNotContain("改写", r.Quote, StringComparison.Ordinal));
    }
}
