using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class NewModel(PolicyRowFormValidator validator, PolicyEditor editor, ImpactJobs jobs) : RowChangePage<PolicyRowForm>
{
    private const string Subject = "new";

    /// <param name="impact">A preview running in the background (a reload while it runs): the form as typed, with its progress.</param>
    public void OnGet(string? city, string? impact)
    {
        if (impact is null || !Resume(jobs, Subject, impact, ReloadUrl))
            Input.City = city;
    }

    private string ReloadUrl(string job) => Url.Page("New", new { impact = job })!;

    /// <summary>Shows the impact of the new row on saved cases; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (PassedForPreview(await validator.ValidateAsync(Input, rowId: null)))
            await PreviewInBackgroundAsync(jobs, Subject, ReloadUrl, (impact, form, progress, cancellationToken) => impact.OfCreateAsync(form, cancellationToken, progress));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Passed(await validator.ValidateAsync(Input, rowId: null)))
            return Page();
        var draft = await editor.CreateAsync(Input, User.ActorName());
        return Done($"{Texts.Both("Admin.New.Added")}; {Messages.DraftSaved(draft)}", Input.City!.Trim());
    }
}
