using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Policies;

public sealed class NewModel(PolicyRowFormValidator validator, PolicyEditor editor, PolicyImpact impact) : RowChangePage<PolicyRowForm>
{
    public void OnGet(string? city) => Input.City = city;

    /// <summary>Shows the impact of the new row on saved cases; saves nothing, keeps the form as typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (PassedForPreview(await validator.ValidateAsync(Input, rowId: null)))
            Impact = await impact.OfCreateAsync(Input);
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
