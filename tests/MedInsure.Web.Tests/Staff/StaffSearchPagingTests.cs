using System.Net;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Staff;

/// <summary>Staff results past the first page: keyset pages of 100, carried by an encrypted token.</summary>
public abstract class StaffSearchPagingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Fact]
    public async Task Results_beyond_the_first_hundred_come_a_page_at_a_time_newest_first_without_a_repeat()
    {
        // 230 cases of one surname no other test uses, saved a minute apart.
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        var faker = new CaseFaker(["weinan"], seed: 3, start);
        var batch = Enumerable.Range(0, 230).Select(i => faker.Next() with { Name = "隗" + "明华"[i % 2] + "宇", SavedAt = start.AddMinutes(i) }).ToList();
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAllAsync(batch);
        var expected = await factory.QueryAsync(db => db.SavedCases.Where(c => c.HolderSurname == "隗")
            .OrderByDescending(c => c.CreatedAtUtc).Select(c => c.Code).ToListAsync());
        Assert.Equal(230, expected.Count);
        using var staff = await factory.SignedInAsync("staff-pages", Roles.Staff);

        var pages = new List<List<string>>();
        var page = await staff.SearchAsync(new() { ["Input.Name"] = "隗" });
        while (true)
        {
            pages.Add(page.FoundCodes());
            if (page.QuerySelector("form.next-page") is null)
                break;
            var response = await staff.SubmitAsync(page, "form.next-page", []);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            page = await response.ReadPageAsync();
            Assert.Contains("隗", page.QuerySelector(".criteria")!.TextContent);
        }

        Assert.Equal([100, 100, 30], pages.Select(p => p.Count));
        Assert.Equal(expected, pages.SelectMany(p => p));

        // A token that was tampered with, or not one at all, asks for a new search.
        var first = await staff.SearchAsync(new() { ["Input.Name"] = "隗" });
        var refused = await (await staff.SubmitAsync(first, "form.next-page", new() { ["page"] = "not-a-token" })).ReadPageAsync();
        Assert.Contains("查询结果页已过期", refused.DocumentElement.TextContent);
        Assert.Empty(refused.FoundCodes());
    }
}

public sealed class StaffSearchPagingTestsOnSqlite(MedInsureFactory factory) : StaffSearchPagingTests<MedInsureFactory>(factory);

public sealed class StaffSearchPagingTestsOnPostgres(PostgresMedInsureFactory factory) : StaffSearchPagingTests<PostgresMedInsureFactory>(factory);
