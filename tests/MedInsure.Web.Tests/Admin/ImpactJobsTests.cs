using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Tests.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedInsure.Web.Tests.Admin;

/// <summary>The background runner of impact previews: bounded, kept a while then forgotten, stopped with the app, progress as reported.</summary>
public sealed class ImpactJobsTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    private readonly SignInFactory.MovableClock _clock = new();

    [Fact]
    public async Task Progress_goes_from_none_through_zero_to_the_total_whatever_order_the_workers_report_in()
    {
        using var jobs = Runner();
        var reported = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var job = jobs.Start("edit:1", null, async (_, progress, _) =>
        {
            progress.Report(new ImpactProgress(0, 9000));
            progress.Report(new ImpactProgress(8000, 9000));
            progress.Report(new ImpactProgress(4000, 9000)); // a slower worker's earlier count
            reported.SetResult();
            await finish.Task;
            progress.Report(new ImpactProgress(9000, 9000));
            return new ImpactPreview("渭南 Weinan", 9000, 3, []);
        })!;

        await reported.Task;
        Assert.Equal((8000, 9000), (job.Checked, job.Total));
        Assert.False(job.IsDone);
        Assert.Same(job, jobs.Running("edit:1"));
        Assert.Contains("已检查 8,000 / 9,000 个已保存的案例", job.ProgressText);
        finish.SetResult();
        Assert.Equal(3, (await job.Result)!.CasesChanged);
        Assert.Equal((9000, 9000), (job.Checked, job.Total));
        Assert.Null(jobs.Running("edit:1"));

        var counting = jobs.Start("edit:2", null, async (_, _, _) => { await finish.Task; return null; })!;
        Assert.Null(counting.Total);
        Assert.Contains("Finding the saved cases", counting.ProgressText);
    }

    [Fact]
    public async Task A_finished_job_is_kept_ten_minutes_then_forgotten()
    {
        using var jobs = Runner();
        var job = jobs.Start("draft:1:1", null, (_, _, _) => Task.FromResult<ImpactPreview?>(null))!;
        await job.Result;

        _clock.Advance(ImpactJobs.KeptFor - TimeSpan.FromSeconds(5));
        Assert.Same(job, jobs.Find(job.Id));
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(jobs.Find(job.Id));
        Assert.Null(jobs.Find(null));
    }

    [Fact]
    public async Task At_most_four_run_at_once_and_a_fifth_is_refused_until_one_ends()
    {
        using var jobs = Runner();
        var release = new TaskCompletionSource<ImpactPreview?>();
        var running = Enumerable.Range(0, ImpactJobs.MaxRunning).Select(i => jobs.Start($"edit:{i}", null, (_, _, _) => release.Task)).ToList();
        Assert.All(running, Assert.NotNull);

        Assert.Null(jobs.Start("edit:extra", null, (_, _, _) => release.Task));
        release.SetResult(null);
        await Task.WhenAll(running.Select(j => j!.Result));
        Assert.NotNull(jobs.Start("edit:extra", null, (_, _, _) => Task.FromResult<ImpactPreview?>(null)));
    }

    [Fact]
    public async Task Stopping_the_app_cancels_a_running_job_and_a_failing_one_is_marked_failed()
    {
        var jobs = Runner();
        var job = jobs.Start("edit:1", null, async (_, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        })!;
        var failing = jobs.Start("edit:2", null, (_, _, _) => throw new InvalidOperationException("broken"))!;

        jobs.Dispose();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.Result).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(job.Failed);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.Result);
        Assert.True(failing.Failed);
        Assert.Null(failing.Preview);
    }

    [Fact]
    public async Task Each_job_gets_a_random_id_and_a_scope_of_its_own()
    {
        using var jobs = Runner();
        var scopes = new List<IServiceProvider>();
        var first = jobs.Start("edit:1", null, (services, _, _) => { lock (scopes) scopes.Add(services); return Task.FromResult<ImpactPreview?>(null); })!;
        var second = jobs.Start("edit:1", null, (services, _, _) => { lock (scopes) scopes.Add(services); return Task.FromResult<ImpactPreview?>(null); })!;
        await Task.WhenAll(first.Result, second.Result);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Matches("^[0-9a-f]{32}$", first.Id);
        Assert.NotSame(scopes[0], scopes[1]);
    }

    private ImpactJobs Runner() => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        _clock,
        factory.Services.GetRequiredService<IHostApplicationLifetime>(),
        new ConfigurationBuilder().Build(),
        NullLogger<ImpactJobs>.Instance);
}
