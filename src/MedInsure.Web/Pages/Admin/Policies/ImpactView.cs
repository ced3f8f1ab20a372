using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// What a page shows of its impact preview: the result (<c>_ImpactPreview</c>), the background job
/// still running or failed (<c>_ImpactProgress</c>), or why there is neither.
/// </summary>
public sealed class ImpactView
{
    public ImpactPreview? Result { get; private set; }

    public ImpactJob? Job { get; private set; }

    /// <summary>The text code of why no preview is shown: its job expired or is unknown, or too many are running.</summary>
    public string? Problem { get; private set; }

    /// <summary>A job's progress, as the status page gives it to the progress bar.</summary>
    public static ImpactView Following(ImpactJob job) => new() { Job = job };

    /// <summary>
    /// The job's result when it is done, its progress otherwise, with the address a page without
    /// JavaScript reloads every 2 s while it runs (the admin layout's noscript refresh).
    /// </summary>
    public void Show(ImpactJob job, string reloadUrl, ViewDataDictionary viewData)
    {
        if (job.IsDone && !job.Failed)
        {
            Result = job.Preview;
            return;
        }
        Job = job;
        if (!job.IsDone)
            viewData[ImpactJobs.ReloadKey] = reloadUrl;
    }

    /// <summary>A job expired, unknown, or of another page: 404, the page shown without it.</summary>
    public void NotFound(HttpResponse response)
    {
        Problem = "Admin.Impact.Expired";
        response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>No job started, <see cref="ImpactJobs.MaxRunning"/> running already: 503, the page shown without it.</summary>
    public void Busy(HttpResponse response)
    {
        Problem = "Admin.Impact.Busy";
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }
}
