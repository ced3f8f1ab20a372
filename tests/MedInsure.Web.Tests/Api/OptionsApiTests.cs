using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedInsure.Web.Tests.Api;

/// <summary>
/// <c>POST /api/v1/checks/options</c>: the check's body, answered with this month (China time, from
/// the injected clock), next month and the month after, each agreeing with <c>/checks</c> for that month.
/// </summary>
public sealed class OptionsApiTests(OptionsApiTests.ClockFactory factory) : IClassFixture<OptionsApiTests.ClockFactory>
{
    public sealed class ClockFactory : MedInsureFactory
    {
        // 2023-11-30 23:30 UTC is already 1 December in China: "this month" is 2023-12.
        public FixedClock Clock { get; } = new(new DateTimeOffset(2023, 11, 30, 23, 30, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static Task<HttpResponseMessage> PostOptionsAsync(HttpClient client, string json) =>
        client.PostAsync("/api/v1/checks/options", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Three_months_from_this_month_in_China_each_as_checks_answers_for_that_month()
    {
        using var client = factory.CreateClient();
        var response = await PostOptionsAsync(client, ApiHttp.ContractRequest);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = (await response.ReadJsonAsync()).GetProperty("options").EnumerateArray().ToList();

        Assert.Equal(["2023-12", "2024-01", "2024-02"], options.Select(o => o.GetProperty("resumeMonth").GetString()).Distinct());
        foreach (var option in options)
        {
            foreach (var field in new[] { "resumeMonth", "backPay", "withinArrearsWindow", "waitingPeriodMonths", "benefitsFrom", "payNow", "missing" })
                Assert.True(option.TryGetProperty(field, out _), $"an option lacks '{field}'");

            var month = option.GetProperty("resumeMonth").GetString()!;
            var check = await (await client.PostCheckAsync(ApiHttp.ContractRequest.Replace("\"2024-01\"", $"\"{month}\"", StringComparison.Ordinal))).ReadJsonAsync();
            Assert.Equal(check.GetProperty("withinArrearsWindow").ToString(), option.GetProperty("withinArrearsWindow").ToString());
            Assert.Equal(check.GetProperty("benefitsFrom").ToString(), option.GetProperty("benefitsFrom").ToString());
            Assert.Equal(check.GetProperty("waitingPeriodMonths").ToString(), option.GetProperty("waitingPeriodMonths").ToString());
            if (option.GetProperty("backPay").GetBoolean())
                Assert.Equal(check.GetProperty("arrears").GetProperty("amount").ToString(), option.GetProperty("arrearsAmount").ToString());
        }
        // Each month later leaves one more month unpaid: the arrears grow, the benefit start moves on.
        var arrears = options.Where(o => o.GetProperty("backPay").GetBoolean() && o.GetProperty("arrearsAmount").ValueKind == JsonValueKind.Number)
            .Select(o => o.GetProperty("arrearsAmount").GetDecimal()).ToList();
        Assert.NotEmpty(arrears);
        Assert.Equal(arrears.Order(), arrears);
    }

    [Fact]
    public async Task A_month_the_history_already_covers_is_no_option()
    {
        using var client = factory.CreateClient();
        var json = ApiHttp.Check("chongqing", "individual", "2024-03", "2015-01..2023-12 employer");
        var options = (await (await PostOptionsAsync(client, json)).ReadJsonAsync()).GetProperty("options").EnumerateArray();
        Assert.Equal(["2024-01", "2024-02"], options.Select(o => o.GetProperty("resumeMonth").GetString()).Distinct());
    }

    [Theory]
    [InlineData("{", "body")]
    [InlineData("""{ "city": "atlantis", "resumeAs": "individual", "resumeMonth": "2024-01", "periods": [] }""", "city")]
    [InlineData("""{ "city": "chongqing", "resumeAs": "individual", "resumeMonth": "2024-13", "periods": [] }""", "resumeMonth")]
    public async Task Bad_bodies_get_the_same_bilingual_400_as_checks(string json, string field)
    {
        using var client = factory.CreateClient();
        var options = await (await PostOptionsAsync(client, json)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var check = await (await client.PostCheckAsync(json)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, ApiHttp.ErrorKeys(options));
        Assert.Equal(ApiHttp.ErrorKeys(check), ApiHttp.ErrorKeys(options));
    }

    [Fact]
    public async Task A_wrong_content_type_is_415_and_a_get_is_405()
    {
        using var client = factory.CreateClient();
        var text = await client.PostAsync("/api/v1/checks/options", new StringContent(ApiHttp.ContractRequest, Encoding.UTF8, "text/plain"));
        await text.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var get = await client.GetAsync("/api/v1/checks/options");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_options_route()
    {
        using var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var post = document.GetProperty("paths").GetProperty("/api/v1/checks/options").GetProperty("post");
        foreach (var status in new[] { "200", "400", "413", "415" })
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"options lacks {status}");
        var option = document.GetProperty("components").GetProperty("schemas").GetProperty("ResumptionOptionResponse").GetProperty("properties");
        foreach (var field in new[] { "resumeMonth", "backPay", "withinArrearsWindow", "waitingPeriodMonths", "benefitsFrom", "payNow", "missing" })
            Assert.True(option.TryGetProperty(field, out _), $"the option schema lacks '{field}'");
    }
}
