using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MedInsure.Domain.Rules;

namespace MedInsure.Web.Tests.Pages;

/// <summary>
/// The second edition's figures on the result page (docs/rules.md, docs/api-contract.md), each in the
/// section of the figure it belongs with, in the page's language, on the fixture policies: the
/// caveats beside the figures they concern, the resumption payment, the account that does not
/// exist, the benefits-stop month, the national cap on the waiting period, resident months,
/// continuity that starts again, the refund of months paid twice and the employer case used.
/// </summary>
public sealed partial class SecondEditionPageTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    private const string Zh = "zh-CN", En = "en";

    private async Task<IDocument> Result(string language, Action<FormPost> change)
    {
        using var client = await ResultWordingTests.ClientIn(factory, language);
        return await CitizenFormKit.ResultFor(client, change);
    }

    private static string Text(IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    private static IElement Section(IDocument page, string id) => page.GetElementById(id) ?? throw new InvalidOperationException($"no #{id}");

    [Fact]
    public async Task Tier_1_has_no_account_to_credit_and_our_reading_of_it_stands_beside_the_figure_in_the_page_language()
    {
        var page = await Result(Zh, _ => { });
        var account = Section(page, "figure-account");
        Assert.Equal("不适用：没有个人账户可以补划", Text(account.QuerySelector(".value")!));
        Assert.Null(account.QuerySelector(".missing"));

        var caveat = Assert.Single(account.QuerySelectorAll("li.caveat"));
        Assert.Contains("caveat-reading", caveat.ClassList);
        Assert.StartsWith("我们的理解：按我们的理解，重庆以个人身份参保选1档的不建立个人账户", Text(caveat));
        // Both halves are on the page; on paper only the page's own language is printed.
        Assert.Equal("caveat-other", caveat.QuerySelector("span[lang='en']")!.GetAttribute("class"));
        Assert.Null(caveat.QuerySelector("span[lang='zh-CN']")!.GetAttribute("class"));
        // The note belongs to this figure alone.
        Assert.DoesNotContain(page.QuerySelectorAll(".figure:not(#figure-account) li.caveat"), c => Text(c).Contains("个人账户", StringComparison.Ordinal));

        var english = Section(await Result(En, _ => { }), "figure-account");
        Assert.Equal("Not applicable: there is no personal account to credit", Text(english.QuerySelector(".value")!));
        var englishCaveat = english.QuerySelector("li.caveat")!;
        Assert.StartsWith("Our reading:", Text(englishCaveat));
        Assert.Equal("caveat-other", englishCaveat.QuerySelector("span[lang='zh-CN']")!.GetAttribute("class"));
    }

    [Theory]
    [InlineData(Zh, "2024 年剩下的 12 个月：2,910.00 元")]
    [InlineData(En, "The 12 months left in 2024: 2,910.00 CNY")]
    public async Task What_an_individual_pays_for_the_year_of_resumption_has_a_section_after_the_arrears(string language, string value)
    {
        var page = await Result(language, _ => { });
        var ids = page.QuerySelectorAll(".figures .figure").Select(f => f.Id).ToList();
        Assert.Equal(ids.IndexOf("figure-arrears") + 1, ids.IndexOf("figure-resumption"));
        var section = Section(page, "figure-resumption");
        Assert.Equal(value, Text(section.QuerySelector(".value")!));
        Assert.NotNull(section.QuerySelector("details.rules"));
    }

    [Fact]
    public async Task An_employer_paying_its_arrears_says_when_benefits_stopped_which_case_was_used_and_why_no_amount()
    {
        var page = await Result(Zh, p => p.Set("resumeAs", "employer"));
        Assert.Contains("从 2023-12 起停止享受待遇（欠费的次月）", Text(Section(page, "figure-benefits")));
        Assert.Contains("这里按原单位补缴它欠下的月份计算。", Text(Section(page, "figure-deadline")));
        var arrears = Section(page, "figure-arrears");
        Assert.Contains("金额取决于单位的缴费基数，我们算不出来。", Text(arrears));
        // Not a missing rule: the amount depends on a base the engine is never told.
        Assert.Null(arrears.QuerySelector(".missing"));
        Assert.Contains(arrears.QuerySelectorAll("li.caveat"), c => c.ClassList.Contains("caveat-national") && Text(c).StartsWith("国家规定：", StringComparison.Ordinal));
        // The benefits-stop row is listed under the section that says it.
        Assert.Contains(Section(page, "figure-benefits").QuerySelectorAll("details.rules code"), c => c.TextContent == "benefits_stop_after_arrears_months");
    }

    [Theory]
    [InlineData(Zh, "渭南没有规定；按国家规定最多 6 个月")]
    [InlineData(En, "Weinan gives no figure; the national rule allows at most 6 months")]
    public async Task Where_the_city_gives_no_waiting_period_the_national_cap_is_said_beside_the_missing_figure(string language, string cap)
    {
        var page = await Result(language, p => p.Set("city", "weinan").Set("resumeAs", "employer").Set("resumeMonth", "2023-06")
            .Set("periods[0].from", "2018-01").Set("periods[0].to", "2022-12").Set("periods[0].payer", "employer"));
        var waiting = Section(page, "figure-waiting");
        Assert.NotNull(waiting.QuerySelector(".missing"));
        Assert.Contains(cap, Text(waiting));
        Assert.Contains(waiting.QuerySelectorAll("li.caveat"), c => c.ClassList.Contains("caveat-national"));
        Assert.Contains(waiting.QuerySelectorAll("details.rules code"), c => c.TextContent == "waiting_max_months");
    }

    [Fact]
    public async Task Resident_months_are_counted_apart_continuity_starts_again_and_the_scheme_year_is_what_is_paid()
    {
        var page = await Result(Zh, p => p.Set("resumeAs", "resident").Set("resumeMonth", "2025-03")
            .Set("periods[0].from", "2015-01").Set("periods[0].to", "2024-10").Set("periods[0].payer", "resident"));
        var cumulative = Section(page, "figure-cumulative");
        Assert.Equal("0 个月", Text(cumulative.QuerySelector(".value")!));
        Assert.Contains("另有 9 年 10 个月 城乡居民医保，不计入职工医保缴费年限。", Text(cumulative));
        Assert.Contains("连续参保时间要从 2025-03 起重新计算", Text(Section(page, "figure-continuous")));
        Assert.Equal("2025 年度全年：400.00 元", Text(Section(page, "figure-resumption").QuerySelector(".value")!));
        var arrears = Section(page, "figure-arrears");
        Assert.Contains("城乡居民医保按年缴费，没有按月补缴的费用", Text(arrears));
        Assert.Null(arrears.QuerySelector(".missing"));
        Assert.Contains(Section(page, "figure-waiting").QuerySelectorAll("li.caveat"), c => Text(c).Contains("国办发〔2024〕38号", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Zh, "可以申请退还：重复缴费期间没有享受相关医保待遇")]
    [InlineData(En, "They can be refunded: no benefits were used in the months paid twice")]
    public async Task Months_paid_twice_say_how_they_are_refunded_in_the_page_language_only(string language, string refund)
    {
        var page = await Result(language, p => p.Set("tier", "2")
            .Set("periods[1].from", "2023-01").Set("periods[1].to", "2023-10").Set("periods[1].payer", "individual"));
        var duplicate = Section(page, "figure-duplicate");
        Assert.Contains(refund, Text(duplicate));
        Assert.DoesNotContain(" / ", Text(duplicate.QuerySelectorAll("p").Single(p => Text(p).StartsWith(refund[..6], StringComparison.Ordinal))));
        Assert.Contains(duplicate.QuerySelectorAll("details.rules code"), c => c.TextContent == "duplicate_refund_next_year");
    }

    [Fact]
    public async Task Back_paying_beyond_the_window_is_said_to_be_optional()
    {
        var page = await Result(Zh, p => p.Set("tier", "2").Set("resumeMonth", "2024-06"));
        var arrears = Section(page, "figure-arrears");
        Assert.Contains("这笔补缴可以自愿选择", Text(arrears));
        Assert.Contains(arrears.QuerySelectorAll("li.caveat"), c => c.ClassList.Contains("caveat-reading"));
    }

    /// <summary>
    /// Every note the API gives is on the page, in the section of the figure it concerns, with its
    /// basis named: "the text says so" (no note), "we read it so", "a national rule" or "nobody says".
    /// The situations reach each kind of note on the fixture policies.
    /// </summary>
    [Theory]
    [InlineData("chongqing", "individual", "2024-01", 1, "2015-01..2023-10 employer")]
    [InlineData("chongqing", "employer", "2024-01", 1, "2015-01..2023-10 employer")]
    [InlineData("chongqing", "individual", "2024-06", 2, "2015-01..2023-10 employer")]
    [InlineData("chongqing", "resident", "2025-03", 1, "2015-01..2024-10 resident")]
    [InlineData("weinan", "employer", "2023-06", 1, "2018-01..2022-12 employer")]
    [InlineData("weinan", "individual", "2024-01", 1, "2015-01..2023-09 employer")]
    public async Task Every_caveat_of_the_check_is_beside_its_figure_on_the_page(string city, string resumeAs, string resumeMonth, int tier, string period)
    {
        var months = period.Split(' ')[0].Split("..");
        var page = await Result(Zh, p => p.Set("city", city).Set("resumeAs", resumeAs).Set("resumeMonth", resumeMonth).Set("tier", tier.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("periods[0].from", months[0]).Set("periods[0].to", months[1]).Set("periods[0].payer", period.Split(' ')[1]));
        using var api = factory.CreateClient();
        var request = ApiHttp.Check(city, resumeAs, resumeMonth, period).Replace("\"periods\"", $"\"tier\": {tier}, \"periods\"", StringComparison.Ordinal);
        var body = await (await api.PostCheckAsync(request)).ReadJsonAsync();

        var caveats = body.GetProperty("caveats").EnumerateArray().ToList();
        Assert.Equal(caveats.Count, page.QuerySelectorAll("li.caveat").Length);
        // What no note means, said once above the figures whenever there are notes.
        Assert.Equal(caveats.Count > 0, page.QuerySelector("p.caveat-legend") is { } legend && Text(legend).StartsWith("没有注释的结果直接依据本市文件的原文", StringComparison.Ordinal));
        foreach (var caveat in caveats)
        {
            Assert.True(FigureNames.TryParse(caveat.GetProperty("figure").GetString(), out var figure));
            var section = Section(page, MedInsure.Web.Pages.Case.ResultSection.Of(figure)!.Id);
            var chinese = caveat.GetProperty("text").GetString()!.Split(" / ")[0];
            var basis = caveat.GetProperty("basis").GetString();
            Assert.Contains(section.QuerySelectorAll("li.caveat"), c => c.ClassList.Contains("caveat-" + basis) && Text(c).Contains(Spaces().Replace(chinese, " ").Trim(), StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
