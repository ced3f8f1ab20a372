using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Tests.Security;

/// <summary>Lone surrogates in JSON (item 8) and non-ASCII or crafted return URLs (item 9) of the outside test.</summary>
public sealed class HostileInputTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Theory]
    [InlineData("""{"city":"\ud800"}""")]
    [InlineData("""{"city":"chongqing","resumeAs":"individual","resumeMonth":"2024-01","periods":[{"from":"2015-01","to":"2023-10","payer":"employer\udc00"}]}""")]
    [InlineData("""{"\ud83d":"chongqing"}""")]
    public async Task A_lone_surrogate_in_a_JSON_string_is_a_bilingual_400_on_the_body_not_a_500(string json)
    {
        using var client = factory.CreateClient();

        var problem = await (await client.PostCheckAsync(json)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["body"], ApiHttp.ErrorKeys(problem));
        Assert.Contains("surrogate", problem.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task A_whole_surrogate_pair_is_text_like_any_other()
    {
        using var client = factory.CreateClient();

        var problem = await (await client.PostCheckAsync("""{"city":"\ud83d\ude00","resumeAs":"individual","resumeMonth":"2024-01","periods":[]}"""))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["city"], ApiHttp.ErrorKeys(problem));
    }

    [Theory]
    [InlineData("/中", "/%E4%B8%AD")]
    [InlineData("/check?city=渭南", "/check?city=%E6%B8%AD%E5%8D%97")]
    [InlineData("/check/result?x=😀", "/check/result?x=%F0%9F%98%80")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/x\r\nSet-Cookie: a=b", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    public async Task The_language_switch_goes_back_to_a_local_page_percent_encoded_or_else_home(string returnUrl, string location)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await Html.GetAsync(client, "/check");
        var token = page.QuerySelector<IHtmlInputElement>("form input[name='__RequestVerificationToken']")!.Value;

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Broken_text_in_a_return_URL_falls_back_rather_than_being_written_into_a_header()
    {
        // In code, not in theory data: the test runner's serialization would mend the lone halves.
        Assert.Null(MedInsure.Web.Common.ReturnUrls.Local("/\ud800"));
        Assert.Null(MedInsure.Web.Common.ReturnUrls.Local("/a\udc00b"));
        Assert.Equal("/%F0%9F%98%80", MedInsure.Web.Common.ReturnUrls.Local("/\ud83d\ude00"));
    }

    [Fact]
    public async Task A_page_with_a_non_ASCII_path_offers_a_language_switch_that_works()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var notFound = await client.GetAsync("/case/%E4%B8%AD%E6%96%87");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        var page = await Html.ParseAsync(notFound);
        var form = page.QuerySelector<IHtmlInputElement>("input[name='returnUrl']")!.Form!;

        var response = await FormPost.From(form).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/case/%E4%B8%AD%E6%96%87", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/staff/中文", "/staff/%E4%B8%AD%E6%96%87")]
    [InlineData("/staff\r\n", "/staff")]
    [InlineData("/\t/evil.example", "/staff")]
    public async Task A_crafted_sign_in_link_still_signs_the_staff_member_in(string returnUrl, string location)
    {
        var name = "staff-return-" + Math.Abs(returnUrl.GetHashCode(StringComparison.Ordinal));
        await factory.CreateUserAsync(name, Roles.Staff);
        using var client = factory.CreateBrowser();
        var page = await client.GetPageAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var response = await client.SubmitAsync(page, "main form", new() { ["Input.UserName"] = name, ["Input.Password"] = AdminTestKit.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MedInsure.Auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }
}
