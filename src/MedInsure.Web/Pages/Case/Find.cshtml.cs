namespace MedInsure.Web.Pages.Case;

/// <summary>Where a person types a case code they were given: a well-formed code goes to its page.</summary>
public sealed class FindModel : PageModel, IFormPage
{
    public string? Code { get; private set; }
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public IActionResult OnGet(string? code)
    {
        Code = code;
        if (string.IsNullOrWhiteSpace(code))
            return Page();
        if (CaseCode.TryNormalize(code, out var normalized))
            return LocalRedirect(CaseCode.PathFor(normalized));
        Errors = FormErrors.Single("code", Messages.CaseCodeInvalid);
        return Page();
    }
}
