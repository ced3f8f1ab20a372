using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedInsure.Web.Tests.Api;

/// <summary>
/// The app in the Development environment with a clock the test controls: "today" comes from the
/// injected TimeProvider, and a clock that fails is the hook for a server fault.
/// </summary>
public sealed class ApiClockAndFaultTests(ApiClockAndFaultTests.ClockFactory factory) : IClassFixture<ApiClockAndFaultTests.ClockFactory>
{
    public sealed class ClockFactory : MedInsureFactory
    {
        public TestClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Development is where a leaked stack trace would come from (the developer exception page).
            builder.UseEnvironment("Development");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    public sealed class TestClock : TimeProvider
    {
        public const string FaultText = "clock-fault-that-must-not-reach-the-client";

        public volatile bool Failing;

        public override DateTimeOffset GetUtcNow() =>
            Failing ? throw new InvalidOperationException(FaultText) : new DateTimeOffset(2022, 6, 15, 2, 0, 0, TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public async Task Without_on_the_policies_are_those_in_force_today_by_the_injected_clock()
    {
        using var client = factory.CreateClient();
        var body = await (await client.GetAsync("/api/v1/policies/weinan")).ReadJsonAsync();

        Assert.Equal("2022-06-15", body.GetProperty("on").GetString());
        var row = Assert.Single(body.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "waiting_months.individual.over_window");
        Assert.Equal(6, row.GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task A_server_fault_is_a_500_problem_with_a_trace_id_and_nothing_of_the_exception(string accept)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        factory.Clock.Failing = true;
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync("/api/v1/policies/weinan");
        }
        finally
        {
            factory.Clock.Failing = false;
        }

        var problem = await response.ReadProblemAsync(HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        Assert.DoesNotContain(TestClock.FaultText, text);
        Assert.DoesNotContain("InvalidOperation", text);
        Assert.Contains("traceId", text);
    }

    [Fact]
    public async Task Client_errors_in_Development_carry_no_server_internals_either()
    {
        using var client = factory.CreateClient();
        await (await client.PostCheckAsync("{")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/policies/atlantis")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
