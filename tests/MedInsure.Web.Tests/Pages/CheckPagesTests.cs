using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MedInsure.Web.Common;

namespace MedInsure.Web.Tests.Pages;

public sealed class CheckPagesTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    [Fact]
    public async Task The_form_starts_in_Chinese_resuming_this_month_with_one_empty_row()
    {
        using var client = factory.Browser();
        foreach (var url in new[] { "/", "/check" })
        {
            var page = await Html.GetAsync(client, url);
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
            var thisMonth = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(thisMonth, page.ValueOf("resumeMonth"));
            Assert.Equal("month", page.GetElementById("resumeMonth")!.GetAttribute("type"));
            Assert.Single(page.QuerySelectorAll("#period-rows > .period-row"));
            Assert.Equal(["chongqing", "weinan"], page.QuerySelectorAll("#city option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
            // Every visible input has a label.
            foreach (var input in page.QuerySelectorAll("#check-form input:not([type=hidden]), #check-form select"))
                Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
            // No inline script: a later Content-Security-Policy forbids it.
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));
        }
    }

    [Fact]
    public async Task A_valid_check_redirects_to_a_result_page_that_survives_a_refresh()
    {
        using var client = factory.Browser();
        var form = await Html.GetAsync(client, "/");

        var response = await CitizenFormKit.ContractExample(form).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/check/result?", location);
        foreach (var attempt in new[] { 1, 2 })
        {
            var result = await Html.GetAsync(client, location);
            var verdict = result.GetElementById("verdict")!.TextContent;
            Assert.Contains("2024-02", verdict);
            Assert.Contains("断缴期间的医疗费用可以报销", verdict);
            Assert.Contains("6 个月等待期", verdict);
            Assert.Contains("2024-02", result.QuerySelector("#figure-deadline .value")!.TextContent);
            Assert.Equal("2 个月 × 每月 222.50 元 = 445.00 元", result.QuerySelector("#figure-arrears .value")!.TextContent);
            Assert.Equal("没有等待期", result.QuerySelector("#figure-waiting .value")!.TextContent);
            Assert.Contains("2024-01", result.QuerySelector("#figure-benefits .value")!.TextContent);
            Assert.Equal("8 年 10 个月", result.QuerySelector("#figure-cumulative .value")!.TextContent);
            // Each figure shows the row that decided it, with its source.
            var deadlineRules = result.QuerySelector("#figure-deadline details.rules")!;
            Assert.Contains("arrears_window_months", deadlineRules.TextContent);
            Assert.Contains("重庆网络问政平台", deadlineRules.TextContent);
            Assert.DoesNotContain("000_78efe0c7f8b54c92.txt", deadlineRules.TextContent);
            Assert.Contains("渝医保发〔2022〕27号", result.QuerySelector("#figure-arrears details.rules")!.TextContent);
            // The timeline is an inline SVG with a text alternative.
            var svg = result.QuerySelector("svg.timeline-svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Contains("2023-11", svg.QuerySelector("desc")!.TextContent);
            Assert.Contains(result.QuerySelectorAll(".timeline ul.timeline-list li"), li => li.TextContent.Contains("断缴 2 个月"));
        }
    }

    [Fact]
    public async Task Resuming_past_the_deadline_says_so_with_the_waiting_period_from_the_rows()
    {
        using var client = factory.Browser();
        var result = await CitizenFormKit.ResultFor(client, p => p.Set("periods[0].to", "2023-06"));
        var verdict = result.GetElementById("verdict")!.TextContent;
        Assert.Contains("超过补缴期限", verdict);
        Assert.Contains("2023-10", verdict);
        Assert.Contains("有 6 个月等待期", verdict);
        Assert.Contains("2024-07", verdict);
        Assert.Equal("6 个月", result.QuerySelector("#figure-waiting .value")!.TextContent);
    }

    [Fact]
    public async Task Without_a_gap_there_is_nothing_to_back_pay_and_no_deadline_to_meet()
    {
        using var client = factory.Browser();
        var result = await CitizenFormKit.ResultFor(client, p => p.Set("periods[0].to", "2023-12"));
        Assert.Equal("您的缴费没有中断，不需要补缴，从 2024-01 起可以继续看病报销。", result.GetElementById("verdict")!.TextContent);
        Assert.Null(result.QuerySelector("#figure-deadline .value"));
        Assert.Equal("不需要补缴", result.QuerySelector("#figure-arrears .value")!.TextContent);
    }

    [Fact]
    public async Task A_figure_no_row_covers_is_said_plainly_with_where_to_ask()
    {
        using var client = factory.Browser();
        // Arrears for a 2026 gap: no 2026 standard is among Chongqing's rows (2024 and 2025 are, since the second reading).
        var result = await CitizenFormKit.ResultFor(client, p => p.Set("resumeMonth", "2026-06").Set("periods[0].to", "2026-03"));
        var arrears = result.GetElementById("figure-arrears")!;
        Assert.Contains("请向重庆的医保经办机构咨询", arrears.QuerySelector(".missing")!.TextContent);
        // The list of missing rules says it in words (ResultWordingTests has the wording), not the API's string.
        Assert.Contains("重庆 2026 年的缴费标准尚未收录", result.QuerySelector(".missing-rules")!.TextContent);
        Assert.DoesNotContain("chongqing contribution standard 2026", result.Body!.TextContent);
        // The stale-data line: the newest standard on record is older than the year needed.
        Assert.Contains("重庆最新收录的缴费标准是 2025 年的", result.QuerySelector(".missing-rules .stale")!.TextContent);
    }

    [Fact]
    public async Task A_hand_edited_result_url_goes_back_to_the_form_with_its_values()
    {
        using var client = factory.Browser();
        var response = await client.GetAsync("/check/result?city=chongqing&resumeAs=individual&resumeMonth=2024-13");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var form = await Html.GetAsync(client, response.Headers.Location!.ToString());
        Assert.Equal("2024-13", form.ValueOf("resumeMonth"));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // field changed, value typed, field the error belongs to, message (Chinese)
        { "resumeMonth", "", "resumeMonth", Messages.MonthRequired.Zh },
        { "resumeMonth", "2024-1", "resumeMonth", Messages.MonthMalformed.Zh },
        { "periods[0].from", "", "periods[0].from", Messages.MonthRequired.Zh },
        { "periods[0].from", "2015-13", "periods[0].from", Messages.MonthMalformed.Zh },
        { "periods[0].to", "2014-12", "periods[0].to", Messages.PeriodEndBeforeStart.Zh },
        { "periods[0].to", "2024-01", "periods[0].to", Messages.PeriodNotBeforeResume.Zh },
        { "periods[0].payer", "boss", "periods[0].payer", Messages.PayerUnknown.Zh },
        { "city", "", "city", Messages.CityRequired.Zh },
        { "city", "atlantis", "city", Messages.CityUnknown.Zh },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_reported_beside_its_field_and_nothing_typed_is_lost(string field, string value, string errorField, string message)
    {
        using var client = factory.Browser();
        var post = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/")).Set(field, value);

        var response = await post.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var id = FormErrors.IdFor(errorField);
        var input = page.GetElementById(id)!;
        var error = page.GetElementById(id + "-error")!;
        Assert.Equal(message, error.TextContent);
        Assert.Same(input.ParentElement, error.ParentElement);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(id + "-error", input.GetAttribute("aria-describedby")!.Split(' '));
        var summary = page.QuerySelector(".error-summary[role=alert]")!;
        Assert.Contains(message, summary.QuerySelector($"a[href='#{id}']")!.TextContent);
        AssertKeeps(page, post);
    }

    [Fact]
    public async Task Rows_are_added_and_removed_without_javascript_keeping_what_was_typed()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/");
        var add = page.QuerySelector<IHtmlButtonElement>("#add-row")!;
        var typed = FormPost.From(page.Form("#check-form"), add)
            .Set("city", "weinan").Set("resumeAs", "employer")
            .Set("periods[0].from", "2010-01").Set("periods[0].to", "2015-12").Set("periods[0].payer", "individual");

        var response = await typed.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page = await Html.ParseAsync(response);
        Assert.Equal(2, page.QuerySelectorAll("#period-rows > .period-row").Length);
        Assert.Empty(page.QuerySelectorAll(".error-summary, .field-error"));
        AssertKeeps(page, typed.Without("handler"));
        Assert.True(page.GetElementById("periods-1-from")!.HasAttribute("autofocus"));
        Assert.Equal("第 2 段缴费", page.QuerySelector("#period-rows > .period-row:nth-child(2) legend")!.TextContent);

        // Fill the new row, then remove the first: the second moves up with its values.
        var removeFirst = page.QuerySelector<IHtmlButtonElement>("#period-rows button[name=row][value='0']")!;
        var second = FormPost.From(page.Form("#check-form"), removeFirst)
            .Set("periods[1].from", "2016-03").Set("periods[1].to", "2023-10").Set("periods[1].payer", "employer");
        page = await Html.ParseAsync(await second.PostAsync(client));

        Assert.Single(page.QuerySelectorAll("#period-rows > .period-row"));
        Assert.Equal("2016-03", page.ValueOf("periods-0-from"));
        Assert.Equal("2023-10", page.ValueOf("periods-0-to"));
        Assert.Equal("employer", page.ValueOf("periods-0-payer"));
        Assert.Equal("weinan", page.ValueOf("city"));
    }

    [Fact]
    public async Task The_empty_row_the_form_starts_with_is_an_error_beside_the_row_not_a_first_enrolment()
    {
        using var client = factory.Browser();
        var post = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/"))
            .Set("periods[0].from", "").Set("periods[0].to", "").Set("periods[0].payer", "");

        var response = await post.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var row = page.GetElementById("periods-0")!;
        Assert.Equal(Messages.PeriodBlank.Zh, page.GetElementById("periods-0-error")!.TextContent);
        Assert.Same(row, page.GetElementById("periods-0-error")!.ParentElement);
        Assert.Contains("periods-0-error", row.GetAttribute("aria-describedby")!);
        // One error for the row, not three for its fields.
        Assert.Null(page.GetElementById("periods-0-from-error"));
        Assert.Null(page.GetElementById("periods-0-payer-error"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#periods-0']"));
        Assert.DoesNotContain("第一次参保", page.Body!.TextContent.Replace(Texts.Zh("Field.neverInsured"), "", StringComparison.Ordinal));
        AssertKeeps(page, post);
    }

    [Fact]
    public async Task A_second_empty_row_is_an_error_too_and_the_filled_one_is_kept()
    {
        using var client = factory.Browser();
        var post = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/"))
            .Set("periods[1].from", "").Set("periods[1].to", "").Set("periods[1].payer", "");
        var page = await Html.ParseAsync(await post.PostAsync(client));
        Assert.Equal(Messages.PeriodBlank.Zh, page.GetElementById("periods-1-error")!.TextContent);
        Assert.Null(page.GetElementById("periods-0-error"));
        Assert.Equal("2015-01", page.ValueOf("periods-0-from"));
    }

    [Fact]
    public async Task Never_insured_is_a_choice_of_its_own_and_the_empty_row_is_then_dropped()
    {
        using var client = factory.Browser();
        var post = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/"))
            .Set("periods[0].from", "").Set("periods[0].to", "").Set("periods[0].payer", "")
            .Set("neverInsured", "true");

        var response = await post.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("neverInsured=true", location);
        var result = await Html.GetAsync(client, location);
        Assert.Contains("第一次参保", result.GetElementById("verdict")!.TextContent);
        // "Change my answers" comes back with the box ticked and no row to fill.
        var back = await Html.GetAsync(client, result.QuerySelector(".actions a")!.GetAttribute("href")!);
        Assert.True(back.QuerySelector<IHtmlInputElement>("#neverInsured")!.IsChecked);
        Assert.Empty(back.QuerySelectorAll("#period-rows > .period-row"));
    }

    [Fact]
    public async Task The_employer_question_is_asked_carried_to_the_result_and_back_and_dropped_for_other_payers()
    {
        using var client = factory.Browser();
        var form = await Html.GetAsync(client, "/");
        Assert.Contains(Texts.Zh("Field.gapReason"), form.GetElementById("gapReason-field")!.TextContent);
        // "Not sure" is chosen until the person says otherwise: the form never guesses for them.
        Assert.True(form.QuerySelector<IHtmlInputElement>("#gapReason")!.IsChecked);

        var post = CitizenFormKit.ContractExample(form).Set("resumeAs", "employer").Set("gapReason", "stopped");
        var response = await post.PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("gapReason=stopped", location);
        var result = await Html.GetAsync(client, location);
        Assert.Contains(Texts.Zh("Figure.GapReason.stopped"), result.Body!.TextContent);
        var back = await Html.GetAsync(client, result.QuerySelector(".actions a")!.GetAttribute("href")!);
        Assert.True(back.QuerySelector<IHtmlInputElement>("#gapReason-stopped")!.IsChecked);

        // An answer left in the hidden question after choosing another payer is no answer, not an error.
        var individual = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/")).Set("gapReason", "employerArrears");
        var other = await individual.PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.DoesNotContain("gapReason", other.Headers.Location!.ToString());
    }

    [Fact]
    public async Task No_rows_without_never_insured_and_never_insured_with_rows_are_both_errors()
    {
        using var client = factory.Browser();
        var noRows = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/"))
            .Without("periods[0].from").Without("periods[0].to").Without("periods[0].payer");
        var page = await Html.ParseAsync(await noRows.PostAsync(client));
        Assert.Equal(Messages.PeriodsNoneGiven.Zh, page.GetElementById("periods-error")!.TextContent);

        var both = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/")).Set("neverInsured", "true");
        page = await Html.ParseAsync(await both.PostAsync(client));
        Assert.Equal(Messages.NeverInsuredWithPeriods.Zh, page.GetElementById("neverInsured-error")!.TextContent);
        // The rows typed are kept for the person to decide.
        Assert.Equal("2015-01", page.ValueOf("periods-0-from"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("#neverInsured")!.IsChecked);

        // A hand-made result URL without periods or the box goes back to the form, which says so.
        var response = await client.GetAsync("/check/result?city=chongqing&resumeAs=individual&resumeMonth=2024-01");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Switching_language_mid_form_keeps_every_typed_value_with_no_script()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/");
        var typed = FormPost.PressedBy(page.QuerySelector<IHtmlButtonElement>("button[name=culture]")!)
            .Set("city", "weinan").Set("resumeAs", "employer").Set("resumeMonth", "2024-03").Set("retired", "true")
            .Set("periods[0].from", "2010-01").Set("periods[0].to", "2015-1").Set("periods[0].payer", "individual")
            .Set("periods[1].from", "").Set("periods[1].to", "2019-12").Set("periods[1].payer", "");

        var response = await typed.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/?", location);
        Assert.DoesNotContain("RequestVerificationToken", location);
        page = await Html.GetAsync(client, location);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        // A half-typed month and an unfinished row are shown again as typed, without errors yet.
        Assert.Empty(page.QuerySelectorAll(".field-error"));
        AssertKeeps(page, typed.Without("culture"));
    }

    [Fact]
    public async Task The_switches_outside_a_form_go_back_to_the_same_page()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/case?code=nonsense");
        var response = await FormPost.PressedBy(page.QuerySelector<IHtmlButtonElement>("button[name=culture]")!).PostAsync(client);
        Assert.Equal("/case?code=nonsense", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Large_text_is_a_switch_that_persists_and_keeps_the_typed_values()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/");
        var toggle = page.QuerySelector<IHtmlButtonElement>("button[name=textSize]")!;
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.Equal("大字", toggle.TextContent);
        var typed = FormPost.PressedBy(toggle).Set("city", "chongqing").Set("periods[0].from", "2015-01");

        var response = await typed.PostAsync(client);

        page = await Html.GetAsync(client, response.Headers.Location!.ToString());
        Assert.Equal("large-text", page.DocumentElement.GetAttribute("class"));
        Assert.Equal("true", page.QuerySelector("button[name=textSize]")!.GetAttribute("aria-pressed"));
        Assert.Equal("2015-01", page.ValueOf("periods-0-from"));
        Assert.Equal("chongqing", page.ValueOf("city"));
        // Every page after it, until switched off.
        Assert.Equal("large-text", (await Html.GetAsync(client, "/case")).DocumentElement.GetAttribute("class"));
        var off = await FormPost.PressedBy((await Html.GetAsync(client, "/case")).QuerySelector<IHtmlButtonElement>("button[name=textSize]")!).PostAsync(client);
        Assert.Null((await Html.GetAsync(client, off.Headers.Location!.ToString())).DocumentElement.GetAttribute("class"));
    }

    [Fact]
    public async Task English_switches_every_text_including_errors_and_the_lang_attribute()
    {
        using var client = factory.Browser();
        var page = await Html.GetAsync(client, "/");
        var response = await FormPost.PressedBy(page.QuerySelector<IHtmlButtonElement>("button[name=culture]")!).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        page = await Html.GetAsync(client, "/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Medical insurance interrupted: how to resume?", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", VisibleText(page).Replace("中文", "", StringComparison.Ordinal));

        var failed = await Html.ParseAsync(await CitizenFormKit.ContractExample(page).Set("city", "").PostAsync(client));
        Assert.Equal(Messages.CityRequired.En, failed.GetElementById("city-error")!.TextContent);

        var result = await CitizenFormKit.ResultFor(client);
        Assert.StartsWith("Resume and pay the arrears by 2024-02", result.GetElementById("verdict")!.TextContent);
        Assert.Equal("2 months × 222.50 CNY a month = 445.00 CNY", result.QuerySelector("#figure-arrears .value")!.TextContent);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = factory.Browser();
        var post = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/")).Without("__RequestVerificationToken");
        var response = await post.PostAsync(client);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Every field that was posted is shown again with the value that was posted.</summary>
    private static void AssertKeeps(IDocument page, FormPost post)
    {
        foreach (var (name, value) in post.Fields.Where(f => f.Key != "__RequestVerificationToken"))
        {
            var controls = page.QuerySelectorAll($"#check-form [name='{name}']").ToList();
            Assert.True(controls.Count > 0, $"no field {name}");
            switch (controls[0])
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" }:
                    Assert.Contains(controls.Cast<IHtmlInputElement>(), c => c.Value == value && c.IsChecked);
                    break;
                case IHtmlSelectElement select:
                    Assert.Equal(value, select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? "");
                    break;
                default:
                    Assert.Equal(value, controls[0].GetAttribute("value") ?? "");
                    break;
            }
        }
    }

    private static string VisibleText(IDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, template, blockquote").ToList())
            hidden.Remove();
        return page.Body!.TextContent;
    }
}
