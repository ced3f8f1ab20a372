using FluentValidation;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Common;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Staff;

/// <summary>A staff member's note on a case.</summary>
public sealed class CaseNoteForm
{
    public string? Text { get; set; }
}
