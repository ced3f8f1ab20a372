using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Check;

/// <summary>
/// The check form. Field names are the validator's camelCase paths (periods[1].to), bound without a
/// prefix, so each error lands beside the field it names. Adding and removing period rows are form
/// handlers too, so the form works without JavaScript.
/// </summary>
public sealed class IndexModel(CheckFormValidator validator, PolicySnapshotProvider policies, TimeProvider clock) : PageModel, IFormPage
{
    public CheckInput Input { get; private set; } = new();
    public FormErrors Errors { get; private set; } = FormErrors.None;

    /// <summary>The row whose first field takes focus after a round-trip; -1 for the add button.</summary>
    public int? FocusRow { get; private set; }

    public CheckFormChoices Choices { get; } = new(policies.Current);

    /// <summary>A blank form, or one filled from a result page's "change my answers" link.</summary>
    public void OnGet(CheckInput input) =>
        Input = Request.Query.Count == 0 ? CheckForm.Blank(clock) : CheckForm.Tidy(input);

    public IActionResult OnPost(CheckInput input)
    {
        Input = CheckForm.Tidy(input);
        Errors = FormErrors.From(validator.Validate(Input));
        if (Errors.Any)
            return Page();
        return RedirectToPage("/Check/Result", Input.ToRouteValues());
    }

    public IActionResult OnPostAddRow(CheckInput input)
    {
        Input = input;
        Input.Periods ??= [];
        if (Input.Periods.Count < CheckForm.MaxRows)
            Input.Periods.Add(new PeriodInput());
        FocusRow = Input.Periods.Count - 1;
        return Page();
    }

    public IActionResult OnPostRemoveRow(CheckInput input, int row)
    {
        Input = input;
        Input.Periods ??= [];
        if (row >= 0 && row < Input.Periods.Count)
            Input.Periods.RemoveAt(row);
        FocusRow = Input.Periods.Count == 0 ? -1 : Math.Min(row, Input.Periods.Count - 1);
        return Page();
    }
}
