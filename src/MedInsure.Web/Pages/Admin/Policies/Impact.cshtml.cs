namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A background impact preview's status as JSON, for the progress bar (admin.js), and its result as
/// the page's own section, to put in the bar's place. Admins only, as every page under /admin.
/// </summary>
public sealed class ImpactModel(ImpactJobs jobs) : PageModel
{
    public IActionResult OnGet(string id)
    {
        if (jobs.Find(id) is not { } job)
            return JobNotFound();
        return new JsonResult(new ImpactStatus(job.IsDone, job.Failed, job.Checked, job.Total, job.ProgressText));
    }

    /// <summary>The result's section (as the page shows it), or the progress section while running or when failed.</summary>
    public IActionResult OnGetResult(string id)
    {
        if (jobs.Find(id) is not { } job)
            return JobNotFound();
        if (job.IsDone && !job.Failed)
        {
            var result = Partial("_ImpactPreview", job.Preview);
            if (job.Subject.StartsWith("draft:", StringComparison.Ordinal))
                result.ViewData["ImpactOfDraft"] = true;
            return result;
        }
        return Partial("_ImpactProgress", ImpactView.Following(job));
    }

    private static JsonResult JobNotFound() => new(new { status = StatusCodes.Status404NotFound, title = Messages.ImpactJobNotFound(ImpactJobs.KeptMinutes).ToString() })
    {
        StatusCode = StatusCodes.Status404NotFound,
        ContentType = "application/problem+json",
    };
}
