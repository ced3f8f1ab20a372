namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>A form that changes a stored row: the revision it was filled from, which a save must still find.</summary>
public interface IRevisionedForm
{
    int Revision { get; set; }
}
