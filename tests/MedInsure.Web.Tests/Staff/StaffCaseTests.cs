using System.Net;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Tests.Staff;

public abstract class StaffCaseTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Fact]
    public async Task A_case_is_found_by_its_code_with_or_without_hyphens_in_any_case()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "王小明", StaffTestKit.WeinanId);
        var other = await factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow());
        using var staff = await factory.SignedInAsync("staff-code", Roles.Staff);

        foreach (var typed in new[] { code.ToLowerInvariant(), CaseCode.Grouped(code), " " + CaseCode.Grouped(code).ToLowerInvariant() })
        {
            var page = await staff.SearchAsync(new() { ["Input.Code"] = typed });
            Assert.Equal([code], page.FoundCodes());
            var row = page.QuerySelector($"tr[data-code='{code}']")!;
            Assert.Contains("渭南", row.TextContent);
            Assert.Contains("王*明", row.TextContent);
            Assert.Contains(StaffTestKit.WeinanIdMasked, row.TextContent);
            Assert.Equal(StaffCasePath(code), row.QuerySelector("a")!.GetAttribute("href"));
        }
        Assert.DoesNotContain(other, (await staff.SearchAsync(new() { ["Input.Code"] = code })).FoundCodes());
    }

    [Fact]
    public async Task A_case_is_found_by_ID_number_which_is_never_shown_nor_logged()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "李四", StaffTestKit.WeinanId);
        var withOtherId = await factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow(), "李四", StaffTestKit.ChongqingId);
        using var staff = await factory.SignedInAsync("staff-id", Roles.Staff);

        var page = await staff.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.WeinanId });
        var found = page.FoundCodes();
        Assert.Contains(code, found);
        Assert.DoesNotContain(withOtherId, found);
        Assert.Contains(StaffTestKit.WeinanIdMasked, page.QuerySelector(".criteria")!.TextContent);
        Assert.Equal("", page.ValueOf("Input.IdNumber"));

        // A lower-case x is the same check character.
        var chongqing = await staff.SearchAsync(new() { ["Input.IdNumber"] = StaffTestKit.ChongqingId.ToLowerInvariant() });
        Assert.Contains(withOtherId, chongqing.FoundCodes());

        var casePage = await staff.GetPageAsync(StaffCasePath(code));
        Assert.Equal(StaffTestKit.WeinanIdMasked, casePage.QuerySelector(".case-meta .id-number")!.TextContent);

        foreach (var html in new[] { page.DocumentElement.OuterHtml, chongqing.DocumentElement.OuterHtml, casePage.DocumentElement.OuterHtml })
        {
            Assert.DoesNotContain(StaffTestKit.WeinanId, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(StaffTestKit.ChongqingId, html, StringComparison.OrdinalIgnoreCase);
        }
        var logs = factory.ReadLogFiles();
        Assert.Contains("/staff/case/{code}", logs);
        Assert.DoesNotContain(StaffTestKit.WeinanId, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(StaffTestKit.ChongqingId, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cases_are_found_by_city_and_by_the_days_they_were_saved()
    {
        var weinan = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        var chongqing = await factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow());
        using var staff = await factory.SignedInAsync("staff-city", Roles.Staff);

        var byCity = (await staff.SearchAsync(new() { ["Input.City"] = "weinan" })).FoundCodes();
        Assert.Contains(weinan, byCity);
        Assert.DoesNotContain(chongqing, byCity);

        var around = new Dictionary<string, string> { ["Input.City"] = "chongqing", ["Input.From"] = StaffTestKit.ChinaDay(-1), ["Input.To"] = StaffTestKit.ChinaDay(1) };
        var aroundToday = (await staff.SearchAsync(around)).FoundCodes();
        Assert.Contains(chongqing, aroundToday);
        Assert.DoesNotContain(weinan, aroundToday);

        var byDaysOnly = (await staff.SearchAsync(new() { ["Input.From"] = StaffTestKit.ChinaDay(), ["Input.To"] = StaffTestKit.ChinaDay() })).FoundCodes();
        Assert.Contains(weinan, byDaysOnly);
        Assert.Contains(chongqing, byDaysOnly);

        var before = await staff.SearchAsync(new() { ["Input.City"] = "weinan", ["Input.To"] = StaffTestKit.ChinaDay(-1) });
        Assert.Empty(before.FoundCodes());
        Assert.Contains("没有找到", before.QuerySelector(".results")!.TextContent);
        Assert.Empty((await staff.SearchAsync(new() { ["Input.From"] = StaffTestKit.ChinaDay(1) })).FoundCodes());
    }

    [Fact]
    public async Task Names_are_matched_by_their_masked_form_or_by_surname()
    {
        var zhang = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "赵三明");
        var zhangTwo = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "赵大明");
        var other = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "钱三明");
        using var staff = await factory.SignedInAsync("staff-name", Roles.Staff);

        var masked = await staff.SearchAsync(new() { ["Input.Name"] = "赵*明" });
        Assert.Contains(zhang, masked.FoundCodes());
        Assert.Contains(zhangTwo, masked.FoundCodes());
        Assert.DoesNotContain(other, masked.FoundCodes());
        Assert.Contains("姓名只以遮盖形式保存", masked.QuerySelector("label[for='Input_Name']")!.TextContent);

        // A full name can only be matched as its masked form: 赵三明 finds 赵大明's case too, and the page never repeats the full name.
        var full = await staff.SearchAsync(new() { ["Input.Name"] = "赵三明" });
        Assert.Contains(zhangTwo, full.FoundCodes());
        Assert.DoesNotContain(other, full.FoundCodes());
        Assert.DoesNotContain("赵三明", full.DocumentElement.OuterHtml);
        Assert.Contains("赵*明", full.QuerySelector(".criteria")!.TextContent);

        var surname = (await staff.SearchAsync(new() { ["Input.Name"] = "钱" })).FoundCodes();
        Assert.Contains(other, surname);
        Assert.DoesNotContain(zhang, surname);
    }

    [Fact]
    public async Task The_case_page_shows_the_input_and_result_and_records_each_view_by_staff()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), "孙明", StaffTestKit.WeinanId);
        using var staff = await factory.SignedInAsync("staff-view", Roles.Staff);

        // Typed in lower case without hyphens, it opens the same case.
        var page = await staff.GetPageAsync("/staff/case/" + code.ToLowerInvariant());
        Assert.Equal(CaseCode.Grouped(code), page.GetElementById("case-code")!.TextContent);
        Assert.Contains("2020-01", page.QuerySelector("table.periods")!.TextContent);
        Assert.Contains("2024-01", page.QuerySelector("section[aria-labelledby='input-title']")!.TextContent);
        var waiting = page.QuerySelector("table.figures-compare tr[data-field='waitingPeriodMonths']")!;
        Assert.Equal("same", waiting.ClassName);
        // 3 months, or 2 where another test of this class shortened it before this case was saved.
        var cells = waiting.QuerySelectorAll("td").Take(2).Select(td => td.TextContent).ToList();
        Assert.Contains(cells[0], new[] { "3", "2" });
        Assert.Equal(cells[0], cells[1]);
        Assert.Contains("结果与保存时相同", page.GetElementById("compare-summary")!.TextContent);
        Assert.Contains("孙*", page.QuerySelector(".case-meta")!.TextContent);

        var views = await factory.QueryAsync(db => db.CaseViews.AsNoTracking().Where(v => v.UserName == "staff-view").ToListAsync());
        var view = Assert.Single(views);
        Assert.InRange(DateTime.SpecifyKind(view.AtUtc, DateTimeKind.Utc), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Contains("staff-view", page.QuerySelector("#views table")!.TextContent);

        await staff.GetPageAsync(StaffCasePath(code));
        Assert.Equal(2, await factory.QueryAsync(db => db.CaseViews.CountAsync(v => v.UserName == "staff-view")));

        var missing = await staff.GetAsync("/staff/case/ABCD-EFGH-JKLM");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("没有找到个案", (await missing.ReadPageAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_note_is_added_with_the_antiforgery_token_and_refused_without_it_or_when_empty_or_too_long()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow());
        using var staff = await factory.SignedInAsync("staff-note", Roles.Staff);
        var page = await staff.GetPageAsync(StaffCasePath(code));

        var withoutToken = await staff.PostAsync(StaffCasePath(code) + "?handler=Note",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Note.Text"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var empty = await staff.SubmitAsync(page, "form.note-form", new() { ["Note.Text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请填写备注内容", (await empty.ReadPageAsync()).ErrorFor("Note.Text"));

        var tooLong = new string('长', 2001);
        var refused = await (await staff.SubmitAsync(page, "form.note-form", new() { ["Note.Text"] = tooLong })).ReadPageAsync();
        Assert.Contains("最多 2000 个字符", refused.ErrorFor("Note.Text"));
        Assert.Equal(tooLong, refused.ValueOf("Note.Text"));

        var saved = await staff.SubmitAsync(page, "form.note-form", new() { ["Note.Text"] = "市民来电询问补缴截止月\n已告知 2024-02" });
        Assert.Equal(StaffCasePath(code) + "#notes", saved.Headers.Location!.OriginalString);
        var after = await staff.FollowAsync(saved);
        Assert.Contains("已添加备注", after.QuerySelector(".notice")!.TextContent);
        var note = after.QuerySelector("ol.notes li")!;
        Assert.Contains("市民来电询问补缴截止月", note.TextContent);
        Assert.Contains("staff-note", note.TextContent);

        var stored = await factory.QueryAsync(db => db.CaseNotes.AsNoTracking().Where(n => n.Author == "staff-note").ToListAsync());
        var entity = Assert.Single(stored);
        Assert.Equal("市民来电询问补缴截止月\n已告知 2024-02", entity.Text);
        Assert.Equal(code, await factory.QueryAsync(db => db.SavedCases.Where(c => c.Id == entity.SavedCaseId).Select(c => c.Code).SingleAsync()));
        Assert.False(await factory.QueryAsync(db => db.CaseNotes.AnyAsync(n => n.Text == "forged")));
    }

    [Fact]
    public async Task After_an_admin_shortens_the_Weinan_waiting_period_the_case_page_marks_what_changed_since_saved()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        using var admin = await factory.SignedInAsync("admin-compare", Roles.Admin);
        var row = await factory.WeinanWaitingRowAsync();
        Assert.Equal("3", row.Value);
        var form = await admin.GetPageAsync($"/admin/policies/edit/{row.Id}");
        await admin.FollowAsync(await admin.SubmitAsync(form, "main form", new() { ["Input.Value"] = "2", ["Input.Reason"] = DraftKit.Reason }));
        // The case's row keeps the version it was computed under, as a column.
        var savedUnder = await factory.QueryAsync(db => db.SavedCases.Where(c => c.Code == code).Select(c => c.PolicyVersionNumber).SingleAsync());
        var published = await factory.PublishDraftAsync("weinan");
        Assert.Equal(savedUnder + 1, published);

        using var staff = await factory.SignedInAsync("staff-compare", Roles.Staff);
        var page = await staff.GetPageAsync(StaffCasePath(code));
        var waiting = page.QuerySelector("table.figures-compare tr[data-field='waitingPeriodMonths']")!;
        Assert.Equal("changed", waiting.ClassName);
        Assert.Equal(["3", "2"], waiting.QuerySelectorAll("td").Take(2).Select(td => td.TextContent));
        // Said in words, not by colour alone.
        Assert.Contains("已变化 / changed: 3 → 2", waiting.TextContent);
        // The benefit start moves with the waiting period: one edited row, two changed figures.
        Assert.Contains("2 项结果与保存时不同", page.GetElementById("compare-summary")!.TextContent);
        Assert.Contains("3 → 2", page.QuerySelector("ul.changes li[data-field='waitingPeriodMonths']")!.TextContent);
        Assert.Equal("changed", page.QuerySelector("tr[data-field='benefitsFrom']")!.ClassName);
        Assert.Equal("same", page.QuerySelector("tr[data-field='arrearsDeadline']")!.ClassName);

        // The version the case was computed under, and today's.
        var versions = page.GetElementById("policy-versions")!.TextContent;
        Assert.Contains($"第 {published - 1} 版", versions);
        Assert.Contains($"第 {published} 版", versions);

        // The citizen's page of the same case says both too, and what today's version would change.
        using var citizen = factory.CreateClient();
        var casePage = await Html.GetAsync(citizen, CaseCode.PathFor(code));
        Assert.Contains($"第 {published - 1} 版政策计算", casePage.GetElementById("case-versions")!.TextContent);
        Assert.Contains($"第 {published} 版", casePage.GetElementById("today-version")!.TextContent);
        Assert.Contains("3 → 2", casePage.QuerySelector("#today-changes li[data-field='waitingPeriodMonths']")!.TextContent);
    }

    private static string StaffCasePath(string code) => "/staff/case/" + CaseCode.Grouped(code);
}

public sealed class StaffCaseTestsOnSqlite(MedInsureFactory factory) : StaffCaseTests<MedInsureFactory>(factory);

public sealed class StaffCaseTestsOnPostgres(PostgresMedInsureFactory factory) : StaffCaseTests<PostgresMedInsureFactory>(factory);
