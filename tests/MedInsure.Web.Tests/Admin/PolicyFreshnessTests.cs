using MedInsure.Web.Pages.Account;
using MedInsure.Web.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedInsure.Web.Tests.Admin;

/// <summary>
/// The admin home's freshness warnings (issue 12 item 5), on a UTC server: the fixture policies have
/// contribution standards up to 2023 only, and no verification is recorded when a database is seeded.
/// </summary>
public sealed class PolicyFreshnessTests
{
    [Fact]
    public async Task From_1_December_China_time_the_home_warns_of_the_coming_year_and_of_sources_never_verified_until_a_verification_is_recorded()
    {
        // 00:30 on 1 December 2026 in China, still 30 November on the server.
        using var factory = new ClockFactory(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInAsync("checker", Roles.Admin);
        var weinan = (await admin.GetPageAsync("/admin/policies")).QuerySelector("#freshness tr[data-city='weinan']")!.TextContent;
        Assert.Contains("2026 年已开始", weinan);
        Assert.Contains("2027 年即将开始", weinan);
        Assert.Contains("从未登记过与来源的核对", weinan);
        // The fixture's Weinan pages are dated 2021: older than 13 months before today, and not verified since.
        Assert.Contains("个条目的来源早于 2025-11-01", weinan);

        var versions = await admin.GetPageAsync("/admin/policies/versions/weinan");
        await admin.FollowAsync(await admin.SubmitAsync(versions, "#verify-form", new() { ["VerifiedOn"] = "2026-12-01", ["Reason"] = "逐条核对来源 / sources checked row by row" }));
        var after = (await admin.GetPageAsync("/admin/policies")).QuerySelector("#freshness tr[data-city='weinan']")!.TextContent;
        Assert.Contains("2026-12-01", after);
        Assert.DoesNotContain("从未登记过与来源的核对", after);
        Assert.DoesNotContain("个条目的来源早于", after);

        // A verification dated after today (China time) is refused.
        var future = await (await admin.SubmitAsync(await admin.GetPageAsync("/admin/policies/versions/weinan"), "#verify-form",
            new() { ["VerifiedOn"] = "2026-12-02", ["Reason"] = "x" })).ReadPageAsync();
        Assert.NotNull(future.ErrorFor("VerifiedOn"));
    }

    [Fact]
    public async Task On_30_November_China_time_the_coming_year_is_not_yet_warned_of()
    {
        // 23:30 on 30 November 2026 in China.
        using var factory = new ClockFactory(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInAsync("checker", Roles.Admin);
        var weinan = (await admin.GetPageAsync("/admin/policies")).QuerySelector("#freshness tr[data-city='weinan']")!.TextContent;
        Assert.Contains("2026 年已开始", weinan);
        Assert.DoesNotContain("2027", weinan);
    }

    private sealed class ClockFactory(DateTimeOffset now) : MedInsureFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ChinaTimeTests.UtcServerClock(now))));
        }
    }
}
