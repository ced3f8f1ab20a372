using MedInsure.Web.Pages.Account;
using System.Net;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Item 4 of the outside test: at most the last 4 characters of an ID number are shown, cases saved
/// with the old mask too; each staff search by ID number is audited and limited per user.
/// </summary>
public sealed class IdNumberTests
{
    [Fact]
    public async Task A_case_saved_with_the_old_mask_is_shown_with_the_last_four_only()
    {
        using var factory = new MedInsureFactory();
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "赵三明", StaffTestKit.WeinanId);
        await factory.QueryAsync(db => db.SavedCases.Where(c => c.Code == code)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IdNumberMasked, "610***********4411")));
        using var staff = await factory.SignedInAsync("staff-old-mask", Roles.Staff);

        var found = await staff.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.WeinanId });
        Assert.Equal([code], found.FoundCodes());
        var shown = found.DocumentElement.OuterHtml + (await staff.GetPageAsync("/staff/case/" + code)).DocumentElement.OuterHtml;
        using var citizen = factory.CreateClient();
        shown += await citizen.GetStringAsync("/case/" + code);

        Assert.Contains("**************4411", shown);
        Assert.DoesNotContain("610*", shown);
        Assert.DoesNotContain("610502", shown);
    }

    [Fact]
    public async Task Searches_by_ID_number_are_audited_and_limited_per_staff_member()
    {
        using var factory = new MedInsureFactory();
        factory.Settings["RateLimits:IdSearches:PerHour"] = "3";
        await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "赵三明", StaffTestKit.WeinanId);
        using var staff = await factory.SignedInAsync("staff-oracle", Roles.Staff);
        using var other = await factory.SignedInAsync("staff-other", Roles.Staff);

        for (var i = 0; i < 3; i++)
            await staff.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.WeinanId });
        var page = await staff.GetPageAsync("/staff");
        var refused = await staff.SubmitAsync(page, "#case-search", new() { ["Input.IdNumber"] = StaffTestKit.ChongqingId });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var errors = (await refused.ReadPageAsync()).QuerySelector(".errors")!.TextContent;
        Assert.Contains("身份证号", errors);
        Assert.Contains("ID number", errors);
        // Another staff member has an allowance of their own, and other searches are not limited.
        Assert.Single((await other.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.WeinanId })).FoundCodes());
        await staff.SearchAsync(new() { ["Input.City"] = "weinan" });

        var audited = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.CaseIdSearch && e.UserName == "staff-oracle").ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.All(audited, e => Assert.Contains("**************4411", e.AfterJson));
        Assert.All(audited, e => Assert.DoesNotContain(StaffTestKit.WeinanId, e.AfterJson));
    }
}
