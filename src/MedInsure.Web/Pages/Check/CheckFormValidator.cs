using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Check;

/// <summary>
/// The check form's validator: the rules shared with the API, plus the form's own row limit (the
/// result page carries the check in its URL).
/// </summary>
public sealed class CheckFormValidator : AbstractValidator<CheckInput>
{
    public CheckFormValidator(CheckInputValidator shared)
    {
        Include(shared);
        RuleFor(x => x.Periods)
            .Must(p => p is null || p.Count <= CheckForm.MaxRows).With(Messages.TooManyFormRows(CheckForm.MaxRows))
            .OverridePropertyName("periods");
    }
}
