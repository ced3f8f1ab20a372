using MedInsure.Web.Pages.Account;
using System.Net;
using MedInsure.Web.Common;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Item 16 of the outside test: bidirectional and zero-width characters are taken out of what people
/// type or upload (form fields, API strings, imported policy files) by the one normaliser in Common/,
/// so they never reach a page.
/// </summary>
public sealed class InvisibleCharacterTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    private const string Invisible = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u200E\u200F\uFEFF";

    [Fact]
    public void The_normaliser_removes_each_of_them_and_nothing_else()
    {
        Assert.Equal("渭南 Weinan", InputText.Clean("渭\u202E南\u200B Wei" + Invisible + "nan"));
        Assert.All(Invisible, c => Assert.True(InputText.IsInvisible(c), ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
        var plain = "张三明 😀 a\tb";
        Assert.Same(plain, InputText.Clean(plain));
    }

    [Fact]
    public async Task A_staff_note_is_stored_without_them()
    {
        var code = await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow());
        using var staff = await factory.SignedInAsync("staff-bidi", Roles.Staff);
        var page = await staff.GetPageAsync("/staff/case/" + MedInsure.Web.Pages.Case.CaseCode.Grouped(code));

        var saved = await staff.SubmitAsync(page, "form.note-form", new() { ["Note.Text"] = "call back\u202E 4411\u200B tomorrow" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var text = await factory.QueryAsync(db => db.CaseNotes.Where(n => n.Author == "staff-bidi").Select(n => n.Text).SingleAsync());
        Assert.Equal("call back 4411 tomorrow", text);
    }

    [Fact]
    public async Task A_new_city_name_typed_by_an_admin_is_stored_without_them()
    {
        using var admin = await factory.SignedInAsync("admin-bidi", Roles.Admin);
        var page = await admin.GetPageAsync("/admin/policies/newcity");

        await admin.SubmitAsync(page, "main form", new() { ["Input.Code"] = "bidi-town", ["Input.NameZh"] = "渭\u202E南", ["Input.NameEn"] = "\u2066Bidi\u200B Town\u2069", ["Input.Reason"] = DraftKit.Reason });

        var city = await factory.QueryAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Code == "bidi-town"));
        Assert.Equal(("渭南", "Bidi Town"), (city.NameZh, city.NameEn));
    }

    [Fact]
    public async Task An_API_city_with_a_zero_width_space_is_the_city()
    {
        using var client = factory.CreateClient();

        var response = await client.PostCheckAsync(ApiHttp.ContractRequest.Replace("\"chongqing\"", "\"chong\\u200bqing\\u202e\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_imported_quote_is_stored_without_them()
    {
        using var admin = await factory.SignedInAsync("admin-bidi-import", Roles.Admin);
        var exported = await (await admin.GetAsync("/admin/policies/export/weinan")).Content.ReadAsStringAsync();
        var hostile = exported.Replace("city: \"weinan\"", "city: \"weinan-bidi\"", StringComparison.Ordinal)
            .Replace("quote: \"", "quote: \"\u202E\u200B", StringComparison.Ordinal);
        Assert.Contains("\u202E", hostile);

        var page = await admin.GetPageAsync("/admin/policies/import");
        var response = await admin.UploadAsync(page, "main form", "Upload", "weinan-bidi.yaml", hostile, new() { ["Reason"] = DraftKit.Reason });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var quotes = await factory.QueryAsync(db => db.PolicyRows.AsNoTracking().Where(r => r.City == "weinan-bidi").Select(r => r.SourceQuote).ToListAsync());
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.False(q.Any(InputText.IsInvisible), q));
    }
}
