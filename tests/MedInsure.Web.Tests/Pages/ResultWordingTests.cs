using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Pages;

/// <summary>
/// The result page in the words a citizen reads on a phone, in Chinese and after the switch in
/// English: missing rules, the rules behind each figure, the verdict's start month, the retirement
/// minimum and the timeline's text.
/// </summary>
public sealed partial class ResultWordingTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    private const string Zh = "zh-CN", En = "en";

    /// <summary>A client whose pages come in <paramref name="language"/>, switched the way a person does: the header's button.</summary>
    internal static async Task<HttpClient> ClientIn(PagesFactory factory, string language)
    {
        var client = factory.Browser();
        if (language == En)
        {
            var page = await Html.GetAsync(client, "/");
            var switched = await FormPost.PressedBy(page.QuerySelector<IHtmlButtonElement>("button[name=culture]")!).PostAsync(client);
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }
        return client;
    }

    private async Task<IDocument> Result(string language, Action<FormPost> change)
    {
        using var client = await ClientIn(factory, language);
        var page = await CitizenFormKit.ResultFor(client, change);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        return page;
    }

    private static string Text(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    /// <summary>The page as a person reads it, without the small print for staff.</summary>
    private static string CitizenText(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var staff in copy.QuerySelectorAll(".staff-key").ToList())
            staff.Remove();
        return Text(copy);
    }

    /// <summary>The API's missing strings for the same check: the page must word each, never show it.</summary>
    private async Task<string[]> ApiMissing(string json)
    {
        using var client = factory.CreateClient();
        var response = await client.PostCheckAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return [.. body.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!)];
    }

    // ------------------------------------------------------------------ 1. missing rules in words

    [Theory]
    // Second reading: 2024 and 2025 are on record; 2026 is the year without a standard.
    [InlineData(Zh, "重庆 2026 年的缴费标准尚未收录，补缴金额暂时无法计算。请向重庆的医保经办机构咨询。")]
    [InlineData(En, "Chongqing's contribution standard for 2026 is not in our records yet, so the amount to back-pay cannot be worked out. Please ask the medical-insurance office in Chongqing.")]
    public async Task A_missing_standard_is_said_in_the_page_language_with_whom_to_ask(string language, string sentence)
    {
        var page = await Result(language, p => p.Set("resumeMonth", "2026-06").Set("periods[0].to", "2026-03"));

        var section = page.QuerySelector(".missing-rules")!;
        Assert.Equal(sentence, Text(section.QuerySelector("li > p")!));
        Assert.DoesNotContain("chongqing contribution standard 2026", page.Body!.TextContent);
        // No key closes a standard on its own (a tier's amount or a base and rate), so there is no small print.
        Assert.Null(section.QuerySelector(".staff-key"));
    }

    [Theory]
    // Second reading: Weinan's employer rows beyond the window rest on no Weinan text (the first reading's example,
    // resident insurance, now has rules of its own).
    [InlineData(Zh, "渭南关于等待期（随单位参保、由原单位补缴欠费、断缴超过补缴期限才接续）的规定尚未收录，等待期暂时无法确定。请向渭南的医保经办机构咨询。", "渭南关于补缴的月份是否补划个人账户")]
    [InlineData(En, "Weinan's rule on the waiting period (through an employer that pays what it owed, resuming after the back-pay deadline) is not in our records yet, so the waiting period cannot be worked out. Please ask the medical-insurance office in Weinan.", "Weinan's rule on whether back-paid months are credited to the personal account")]
    public async Task Missing_situation_rules_name_the_situation_in_words_and_keep_the_key_for_staff(string language, string waiting, string account)
    {
        Action<FormPost> change = p => p.Set("city", "weinan").Set("resumeAs", "employer").Set("resumeMonth", "2023-06")
            .Set("periods[0].from", "2018-01").Set("periods[0].to", "2022-12").Set("periods[0].payer", "employer");
        var page = await Result(language, change);

        var items = page.QuerySelectorAll(".missing-rules li").ToList();
        var missing = await ApiMissing("""
            {"city":"weinan","resumeAs":"employer","resumeMonth":"2023-06","periods":[{"from":"2018-01","to":"2022-12","payer":"employer"}]}
            """);
        Assert.Equal(4, missing.Length);
        Assert.Equal(missing.Length, items.Count);
        Assert.Equal(waiting, CitizenText(items[0]));
        Assert.Contains(account, CitizenText(items[3]));
        Assert.All(items, li => Assert.Matches(language == Zh ? "请向渭南的医保经办机构咨询。$" : "Please ask the medical-insurance office in Weinan\\.$", CitizenText(li)));
        // The engine's strings stay in the API, not on the page; the row key that would close the gap is small print for staff.
        var body = page.Body!.TextContent;
        Assert.All(missing, m => Assert.DoesNotContain(m, body));
        Assert.Equal("waiting_months.employer_arrears.over_window", items[0].QuerySelector(".staff-key small code")!.TextContent);
        Assert.DoesNotContain("_", CitizenText(page.QuerySelector(".missing-rules")!));
        // On paper the figure points to the list, which says it in full, so the answer fits one page.
        var waitingFigure = page.GetElementById("figure-waiting")!;
        Assert.Contains("医保经办机构|medical-insurance office".Split('|'), ask => waitingFigure.QuerySelector(".missing.screen-only")!.TextContent.Contains(ask, StringComparison.Ordinal));
        Assert.Equal(language == Zh ? "暂无相应规定，见下方“缺少的政策规定”。" : "No rule yet: see “Rules we do not have” below.", waitingFigure.QuerySelector(".missing.print-only")!.TextContent);
    }

    [Fact]
    public async Task A_case_saved_before_missing_rules_came_as_data_still_says_what_is_missing_in_words()
    {
        using var client = factory.Browser();
        var result = await CitizenFormKit.ResultFor(client, p => p.Set("resumeMonth", "2026-06").Set("periods[0].to", "2026-03"));
        var saved = await FormPost.From(result.Form("form[action*='handler=Save']")).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        var code = location[(location.LastIndexOf('/') + 1)..].Replace("-", "", StringComparison.Ordinal);
        await RemoveMissingRulesAsync(code);

        var page = await Html.GetAsync(client, location);

        var item = page.QuerySelector(".missing-rules li")!;
        Assert.Equal("还有一项规定尚未收录，相应的项目暂时无法确定。请向重庆的医保经办机构咨询。", CitizenText(item));
        // All that is known is the engine's string: staff still get it, in small print.
        Assert.Equal("chongqing contribution standard 2026", item.QuerySelector(".staff-key code")!.TextContent);
    }

    /// <summary>
    /// Makes a saved case look like one stored before <c>missingRules</c> existed: its whole report as
    /// JSON, as cases were kept then, without that field.
    /// </summary>
    private async Task RemoveMissingRulesAsync(string code)
    {
        var report = await factory.QueryAsync(db => db.SavedCases.SingleAsync(c => c.Code == code));
        CheckReport told;
        await using (var scope = factory.Services.CreateAsyncScope())
            told = (await scope.ServiceProvider.GetRequiredService<CaseStore>().FindAsync(code))!.Report;
        var json = System.Text.Json.JsonSerializer.SerializeToNode(told, SavedReports.Json)!;
        Assert.True(json["result"]!.AsObject().Remove("missingRules"));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE SavedCases SET ResultJson = $json, InputJson = $input, Figures = NULL, Input = NULL WHERE Code = $code";
        write.Parameters.AddWithValue("$json", json.ToJsonString());
        write.Parameters.AddWithValue("$input", System.Text.Json.JsonSerializer.Serialize(SavedReports.InputOf(report), SavedReports.Json));
        write.Parameters.AddWithValue("$code", code);
        Assert.Equal(1, write.ExecuteNonQuery());
    }

    // ------------------------------------------------------------------ 2. the rules behind each figure

    [Theory]
    [InlineData(Zh, "待遇等待期（以个人身份参保、断缴后在补缴期限内接续）：0 个月", "个人身份参保一档缴费标准（年）：2670 元/年", "断缴期间的医疗费用补缴后能否报销（以个人身份参保、断缴后在补缴期限内接续）：是")]
    [InlineData(En, "waiting period (as an individual, resuming by the back-pay deadline): 0 months", "individual tier 1 contribution per year: 2670 CNY a year", "medical costs of the gap reimbursed once the arrears are paid (as an individual, resuming by the back-pay deadline): yes")]
    public async Task Each_rule_is_described_in_words_with_its_value_source_and_quote_and_the_key_in_small_print(string language, string waiting, string standard, string reimbursed)
    {
        var page = await Result(language, _ => { });

        var rule = page.QuerySelector("#figure-waiting details.rules li")!;
        Assert.Equal(waiting, Text(rule.QuerySelector(".rule-meaning")!));
        Assert.Equal("以个人身份接续重庆市职工医保的，3个月内接续参保并补缴中断缴费期间费用的，其补缴期间发生的医疗费用，按规定予以支付。", rule.QuerySelector("blockquote")!.TextContent);
        Assert.Contains(language == Zh ? "重庆网络问政平台" : "Chongqing online petition platform", rule.QuerySelector(".rule-source")!.TextContent);
        Assert.Equal("waiting_months.individual.within_window = 0", Text(rule.QuerySelector(".staff-key small")!).Split(language == Zh ? "：" : ": ")[1]);
        Assert.Equal(standard, Text(page.QuerySelector("#figure-arrears details.rules .rule-meaning")!));
        Assert.Equal(reimbursed, Text(page.QuerySelector("#figure-gap-costs details.rules .rule-meaning")!));

        // Outside the small print and the source file's name no code shows: no "(individual, within_window)".
        foreach (var details in page.QuerySelectorAll("details.rules"))
        {
            Assert.NotNull(details.QuerySelector("summary"));
            Assert.All(details.QuerySelectorAll(".rule-meaning"), p => Assert.DoesNotContain("_", Text(p)));
            Assert.All(details.QuerySelectorAll("li"), li => Assert.NotNull(li.QuerySelector(".staff-key small code")));
        }
    }

    [Theory]
    [InlineData(Zh, "3 个月", "1 个月")]
    [InlineData(En, "3 months", "1 month")]
    public async Task Month_counts_read_as_durations_one_month_singular(string language, string window, string stop)
    {
        // Second reading: benefits_stop_after_arrears_months = 1 (001 Q04) decides when an employer's arrears stop
        // benefits, so it shows with the benefits figure of an employer's resumption (no longer with the gap costs).
        var page = await Result(language, p => p.Set("resumeAs", "employer"));
        Assert.EndsWith(window, Text(page.QuerySelector("#figure-deadline details.rules .rule-meaning")!));
        Assert.Contains(page.QuerySelectorAll("#figure-benefits details.rules .rule-meaning"), p => Text(p).EndsWith(stop, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Zh, "1 个月 × 每月 222.50 元 = 222.50 元", "2023-12 至 2023-12：断缴 1 个月")]
    [InlineData(En, "1 month × 222.50 CNY a month = 222.50 CNY", "2023-12 to 2023-12: gap of 1 month")]
    public async Task A_one_month_gap_is_one_month_not_one_months(string language, string arrears, string fact)
    {
        var page = await Result(language, p => p.Set("periods[0].to", "2023-11"));
        Assert.Equal(arrears, Text(page.QuerySelector("#figure-arrears .value")!));
        Assert.Contains(fact, page.QuerySelectorAll(".timeline ul.timeline-list li").Select(Text));
    }

    [Theory]
    [InlineData(Zh, "8%", "3291 元/月")]
    [InlineData(En, "8%", "3291 CNY a month")]
    public async Task A_rate_reads_as_a_percentage(string language, string rate, string monthlyBase)
    {
        // Weinan's 2023 monthly arrears come from a base and a rate (002), not a 0.08 "rate".
        var page = await Result(language, p => p.Set("city", "weinan").Set("resumeMonth", "2023-03").Set("periods[0].to", "2022-12").Set("periods[0].payer", "individual"));
        var rules = page.QuerySelectorAll("#figure-arrears details.rules .rule-meaning").Select(Text).ToList();
        Assert.Contains(rules, r => r.EndsWith(rate, StringComparison.Ordinal));
        Assert.Contains(rules, r => r.EndsWith(monthlyBase, StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ 3. the verdict names the start month

    [Theory]
    [InlineData(Zh, "individual", "按您填写的 2024-01 接续，从 2024-01 起可以看病报销。")]
    [InlineData(Zh, "employer", "按您填写的 2024-01 接续，从 2024-02 起可以看病报销。")]
    [InlineData(En, "individual", "resuming in 2024-01 as you plan, your medical costs are covered from 2024-01.")]
    [InlineData(En, "employer", "resuming in 2024-01 as you plan, your medical costs are covered from 2024-02.")]
    public async Task The_in_time_verdict_names_the_month_benefits_start_from_the_figures(string language, string resumeAs, string clause)
    {
        // Chongqing: an individual within the window is covered from the resumption month, an employer's
        // person from the next (次月, 001 Q04); the same typed month gives two different start months.
        var page = await Result(language, p => p.Set("resumeAs", resumeAs));
        var verdict = Text(page.GetElementById("verdict")!);
        Assert.Contains(clause, verdict);
        Assert.Contains(Text(page.QuerySelector("#figure-benefits .value")!).Replace(" 起", "", StringComparison.Ordinal), clause);
        Assert.Contains(language == Zh ? "如果晚于 2024-02，" : "If you resume after 2024-02, ", verdict);
    }

    // ------------------------------------------------------------------ 4. retirement minimum

    [Theory]
    [InlineData(Zh, "我们收录的重庆政策里没有退休人员最低缴费时间的规定", "请向重庆的医保经办机构咨询", "23 年 2 个月")]
    [InlineData(En, "The Chongqing rules we have set no minimum time paid for retired people", "Please ask the medical-insurance office in Chongqing", "23 years 2 months")]
    public async Task A_retired_person_is_told_plainly_that_the_city_has_no_minimum_and_whom_to_ask(string language, string noRule, string ask, string paid)
    {
        var page = await Result(language, p => p.Set("retired", "true").Set("resumeMonth", "2023-03")
            .Set("periods[0].from", "2000-01").Set("periods[0].to", "2023-02").Set("periods[0].payer", "individual"));

        var figure = page.GetElementById("figure-retirement")!;
        var text = Text(figure.QuerySelector(".missing")!);
        Assert.Contains(noRule, text);
        Assert.Contains(ask, text);
        Assert.Contains(paid, text);
        Assert.Null(figure.QuerySelector(".value"));
    }

    [Fact]
    public async Task A_person_in_service_gets_no_retirement_figure()
    {
        var page = await Result(Zh, _ => { });
        Assert.Null(page.GetElementById("figure-retirement"));
    }

    // ------------------------------------------------------------------ 5. the timeline's text alternative

    [Theory]
    [InlineData(Zh, new[]
    {
        "2010-01 至 2012-12：以个人身份或灵活就业参保缴费",
        "2013-01 至 2014-12：未缴费 24 个月",
        "2015-01 至 2023-06：随单位参保缴费",
        "2023-07 至 2023-12：断缴 6 个月",
        "补缴期限：2023-10",
        "接续：2024-01",
        "2024-01 至 2024-06：等待期 6 个月",
        "开始报销：2024-07",
    })]
    [InlineData(En, new[]
    {
        "2010-01 to 2012-12: paid (As an individual or flexible worker)",
        "2013-01 to 2014-12: not paid for 24 months",
        "2015-01 to 2023-06: paid (Through an employer)",
        "2023-07 to 2023-12: gap of 6 months",
        "deadline: 2023-10",
        "resume: 2024-01",
        "2024-01 to 2024-06: waiting period of 6 months",
        "covered from: 2024-07",
    })]
    public async Task The_timeline_text_lists_every_stretch_in_date_order_with_the_gap_and_waiting_period(string language, string[] facts)
    {
        var page = await Result(language, p => p
            .Set("periods[0].from", "2010-01").Set("periods[0].to", "2012-12").Set("periods[0].payer", "individual")
            .Set("periods[1].from", "2015-01").Set("periods[1].to", "2023-06").Set("periods[1].payer", "employer"));

        var timeline = page.QuerySelector(".timeline")!;
        Assert.Equal(facts, timeline.QuerySelectorAll("ul.timeline-list li").Select(Text));
        var svg = timeline.QuerySelector("svg.timeline-svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(svg.QuerySelector("title")!.Id, svg.GetAttribute("aria-labelledby"));
        Assert.Equal(svg.QuerySelector("desc")!.Id, svg.GetAttribute("aria-describedby"));
        var description = svg.QuerySelector("desc")!.TextContent;
        Assert.All(facts, fact => Assert.Contains(fact, description));
    }

    [Fact]
    public async Task No_two_kinds_of_bar_differ_by_colour_alone()
    {
        var page = await Result(Zh, p => p.Set("periods[0].to", "2023-06"));
        var svg = page.QuerySelector("svg.timeline-svg")!;
        var kinds = new[] { "employer", "individual", "resident", "gap", "waiting", "benefits" };
        // A pattern's shapes less their colours: each kind must draw something the others do not.
        var shapes = kinds.ToDictionary(k => k, k => Regex.Replace(svg.QuerySelector($"pattern#tl-{k}")!.InnerHtml, @"(fill|stroke)=""[^""]*""", ""));
        Assert.Equal(kinds.Length, shapes.Values.Distinct().Count());
        // Every bar also says what it is, on hover and to anything that reads the SVG.
        Assert.All(svg.QuerySelectorAll("rect.tl-bar"), bar => Assert.False(string.IsNullOrWhiteSpace(bar.QuerySelector("title")?.TextContent)));
        // The legend names each drawn kind in words.
        Assert.Equal(["随单位缴费", "断缴", "等待期", "可以报销"], page.QuerySelectorAll(".timeline-legend .legend-item").Select(Text));
    }
}

/// <summary>The app with one more Chongqing row, a retirement minimum, as an admin would add it; no city has one yet.</summary>
public sealed class RetirementMinimumFactory : PagesFactory
{
    private readonly string _policies = Path.Combine(Path.GetTempPath(), "medinsure-tests", "policies-" + Guid.NewGuid().ToString("N"));

    public RetirementMinimumFactory()
    {
        Directory.CreateDirectory(_policies);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.FixturePolicies, "*.yaml"))
            File.Copy(file, Path.Combine(_policies, Path.GetFileName(file)));
        var sources = Directory.CreateDirectory(Path.Combine(_policies, "sources")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.FixturePolicies, "sources")))
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        // 003 cites 25 years as an example, not as Chongqing's rule: a test row, never a real one.
        File.AppendAllText(Path.Combine(_policies, "chongqing.yaml"), """

              - key: retirement_min_contribution_months
                value: "300"
                unit: month
                basis: reading
                source: 003_695d386600e1a571.txt
                quote: "达到法定退休年龄时,基本医疗保险视同缴费年限和实际缴费年限累计满25年(其中实际缴费年限需满5年以上),可以不再缴纳基本医疗保险费并享受退休人员待遇。"
            """);
        Settings["Policies:Directory"] = _policies;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            try { Directory.Delete(_policies, recursive: true); } catch (IOException) { }
    }
}

public sealed class RetirementMinimumPageTests(RetirementMinimumFactory factory) : IClassFixture<RetirementMinimumFactory>
{
    [Theory]
    [InlineData("zh-CN", "25 年", "您已累计缴费 23 年 2 个月，这里不含视同缴费年限。是否已经缴够，以重庆医保经办机构的认定为准。", "退休时免缴所需的最低缴费时间：25 年")]
    [InlineData("en", "25 years", "You have paid 23 years 2 months in all, not counting deemed years. Whether that is enough is for the medical-insurance office in Chongqing to confirm.", "minimum contribution time to stop paying in retirement: 25 years")]
    public async Task A_retired_person_sees_the_city_minimum_beside_the_time_paid_with_its_rule(string language, string minimum, string hint, string rule)
    {
        using var client = await ResultWordingTests.ClientIn(factory, language);
        var page = await CitizenFormKit.ResultFor(client, p => p.Set("retired", "true").Set("resumeMonth", "2023-03")
            .Set("periods[0].from", "2000-01").Set("periods[0].to", "2023-02").Set("periods[0].payer", "individual"));

        var figure = page.GetElementById("figure-retirement")!;
        Assert.Equal(minimum, figure.QuerySelector(".value")!.TextContent);
        Assert.Equal(hint, figure.QuerySelector(".hint")!.TextContent);
        Assert.Null(figure.QuerySelector(".missing"));
        Assert.Equal(rule, figure.QuerySelector("details.rules .rule-meaning")!.TextContent);
        Assert.Contains(language == "en" ? "How to resume employee insurance" : "职工医保中断后如何续保", figure.QuerySelector("details.rules .rule-source")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".missing-rules li"), li => li.TextContent.Contains(language == "en" ? "retired" : "退休", StringComparison.Ordinal));
    }
}
