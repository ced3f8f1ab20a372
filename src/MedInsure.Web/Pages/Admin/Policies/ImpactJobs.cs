using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The app's impact previews running in the background, one runner per app: each job in a DI scope of
/// its own, under a random id; at most <see cref="MaxRunning"/> at once (every job uses all cores);
/// a finished job kept <see cref="KeptFor"/> for its page to show, at most <see cref="MaxKept"/> of
/// them; all stopped when the app stops. Any admin may follow any job: the id is unguessable, and
/// drafts and rows are shared by all admins anyway.
/// </summary>
public sealed class ImpactJobs : IDisposable
{
    public const int MaxRunning = 4;
    public const int MaxKept = 64;
    public const int KeptMinutes = 10;
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(KeptMinutes);

    /// <summary>The view-data key of the address a page without JavaScript reloads every 2 s while its job runs (the admin layout).</summary>
    public const string ReloadKey = "ImpactReload";

    private readonly ConcurrentDictionary<string, ImpactJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<ImpactJobs> _logger;

    public ImpactJobs(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<ImpactJobs> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        QuickWait = TimeSpan.FromMilliseconds(configuration.GetValue("ImpactPreview:QuickWaitMilliseconds", 1000));
    }

    /// <summary>How long a page waits for a new job before it shows the progress bar: a short preview then shows its result at once.</summary>
    public TimeSpan QuickWait { get; }

    /// <summary>Starts <paramref name="work"/> in the background; null when <see cref="MaxRunning"/> jobs are running.</summary>
    public ImpactJob? Start(string subject, object? input, Func<IServiceProvider, IProgress<ImpactProgress>, CancellationToken, Task<ImpactPreview?>> work)
    {
        lock (_gate)
        {
            Forget();
            if (_jobs.Values.Count(j => !j.IsDone) >= MaxRunning)
                return null;
            foreach (var old in _jobs.Values.Where(j => j.IsDone).OrderBy(j => j.FinishedAt).Take(Math.Max(0, _jobs.Count + 1 - MaxKept)).ToList())
                _jobs.TryRemove(old.Id, out _);
            var job = new ImpactJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), subject, input);
            var stopping = _stopping.Token;
            job.Result = Task.Run(() => RunAsync(job, work, stopping));
            _jobs[job.Id] = job;
            return job;
        }
    }

    /// <summary>The job of <paramref name="id"/>, running or finished less than <see cref="KeptFor"/> ago; null otherwise.</summary>
    public ImpactJob? Find(string? id)
    {
        if (string.IsNullOrEmpty(id))
            return null;
        lock (_gate)
            Forget();
        return _jobs.TryGetValue(id, out var job) ? job : null;
    }

    /// <summary>A job of <paramref name="subject"/> still running: a page reloaded meanwhile follows it rather than starting another.</summary>
    public ImpactJob? Running(string subject) => _jobs.Values.FirstOrDefault(j => j.Subject == subject && !j.IsDone);

    /// <summary>Waits up to <see cref="QuickWait"/> for the job; true when it is done.</summary>
    public async Task<bool> WaitBrieflyAsync(ImpactJob job, CancellationToken cancellationToken)
    {
        if (!job.IsDone && QuickWait > TimeSpan.Zero)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(job.Result, Task.Delay(QuickWait, waiting.Token));
            await waiting.CancelAsync();
        }
        return job.IsDone;
    }

    // Cancelled, not disposed: a job starting in this moment still reads its token.
    public void Dispose() => _stopping.Cancel();

    private async Task<ImpactPreview?> RunAsync(ImpactJob job, Func<IServiceProvider, IProgress<ImpactProgress>, CancellationToken, Task<ImpactPreview?>> work, CancellationToken stopping)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider, job, stopping);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            _logger.LogError(ex, "Impact preview {Job} for {Subject} failed", job.Id, job.Subject);
            throw;
        }
        finally
        {
            job.FinishedAt = _clock.GetUtcNow();
        }
    }

    private void Forget()
    {
        var now = _clock.GetUtcNow();
        foreach (var job in _jobs.Values)
        {
            if (job.FinishedAt is { } finished && now - finished > KeptFor)
                _jobs.TryRemove(job.Id, out _);
        }
    }
}
