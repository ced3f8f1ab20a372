using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MedInsure.Web.Common;

public static class ModelStateValidation
{
    /// <summary>Puts each validation error beside its field (<paramref name="prefix"/>.Property); true when there is none.</summary>
    public static bool Passes(this ModelStateDictionary modelState, ValidationResult result, string prefix)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(Field(prefix, error.PropertyName), error.ErrorMessage);
        return result.IsValid;
    }

    private static string Field(string prefix, string property) =>
        string.IsNullOrEmpty(property) ? "" : $"{prefix}.{property}";
}
