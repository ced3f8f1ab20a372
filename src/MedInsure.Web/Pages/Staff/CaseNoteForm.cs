using FluentValidation;
using MedInsure.Web.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

/// <summary>A staff member's note on a case.</summary>
public sealed class CaseNoteForm
{
    public string? Text { get; set; }
}
