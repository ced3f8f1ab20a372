using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Staff;

public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator()
    {
        RuleFor(f => f.Text).Cascade(CascadeMode.Stop)
            .Required(Messages.NoteRequired)
            .Must(t => t!.Trim().Length <= CaseNoteEntity.MaxTextLength).With(Messages.NoteTooLong(CaseNoteEntity.MaxTextLength));
    }
}
