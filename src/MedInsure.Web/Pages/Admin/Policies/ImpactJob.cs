namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// One impact preview running in the background (<see cref="ImpactJobs"/>): how far it has got, what
/// it was started for, the form the admin typed (given back to the page that shows the job, so that
/// nothing typed is lost on a reload), and, when done, its result.
/// </summary>
public sealed class ImpactJob : IProgress<ImpactProgress>
{
    private int _checked;
    private int _total = -1;

    internal ImpactJob(string id, string subject, object? input)
    {
        Id = id;
        Subject = subject;
        Input = input;
    }

    /// <summary>Random and unguessable: the job's address.</summary>
    public string Id { get; }

    /// <summary>What the job previews ("edit:12", "draft:3:7"): a page shows only its own subject's jobs.</summary>
    public string Subject { get; }

    /// <summary>The row form as typed when the preview was pressed (null for a draft, which is saved already).</summary>
    public object? Input { get; }

    public Task<ImpactPreview?> Result { get; internal set; } = Task.FromResult<ImpactPreview?>(null);

    /// <summary>When it finished (ran to its end, failed or was stopped); null while running.</summary>
    public DateTimeOffset? FinishedAt { get; internal set; }

    public bool IsDone => Result.IsCompleted;

    public bool Failed => Result.IsFaulted || Result.IsCanceled;

    public ImpactPreview? Preview => Result.IsCompletedSuccessfully ? Result.Result : null;

    public int Checked => Volatile.Read(ref _checked);

    /// <summary>The cases the change can reach; null until they are counted.</summary>
    public int? Total => Volatile.Read(ref _total) is var total and >= 0 ? total : null;

    /// <summary>"已检查 X / Y 个已保存的案例 / Checked X of Y saved cases", or that they are still being counted.</summary>
    public string ProgressText => Total is { } total
        ? Texts.Both("Admin.Impact.Progress", Checked, total)
        : Texts.Both("Admin.Impact.Counting");

    // The engine's workers report from several threads, each its own running count: the largest wins.
    void IProgress<ImpactProgress>.Report(ImpactProgress value)
    {
        Volatile.Write(ref _total, value.Total);
        var seen = Volatile.Read(ref _checked);
        while (value.Checked > seen && Interlocked.CompareExchange(ref _checked, value.Checked, seen) != seen)
            seen = Volatile.Read(ref _checked);
    }
}
