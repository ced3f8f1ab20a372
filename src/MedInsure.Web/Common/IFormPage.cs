namespace MedInsure.Web.Common;

/// <summary>A page whose form shows <see cref="FormErrors"/> beside its fields.</summary>
public interface IFormPage
{
    FormErrors Errors { get; }
}
