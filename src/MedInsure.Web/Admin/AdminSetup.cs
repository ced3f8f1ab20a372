using System.Security.Claims;
using FluentValidation.Results;
using MedInsure.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MedInsure.Web.Admin;

public static class AdminSetup
{
    /// <summary>The policy editor, import/export, the audit log and the admin forms' validators.</summary>
    public static IServiceCollection AddMedInsureAdmin(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<PolicyEditor>();
        services.AddScoped<PolicyTransfer>();
        services.AddScoped<PolicyImpact>();
        services.AddScoped<PolicyRowFormValidator>();
        services.AddScoped<EndRowFormValidator>();
        services.AddScoped<CityFormValidator>();
        services.AddSingleton<LoginFormValidator>();
        services.AddSingleton<AccountFormValidator>();
        return services;
    }

    /// <summary>The signed-in user's name, as the audit log records it.</summary>
    public static string ActorName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>Puts each validation error beside its field (<paramref name="prefix"/>.Property); true when there is none.</summary>
    public static bool Passes(this ModelStateDictionary modelState, ValidationResult result, string prefix)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(Field(prefix, error.PropertyName), error.ErrorMessage);
        return result.IsValid;
    }

    /// <summary>
    /// Reports a stale save. The form keeps what the admin typed, but its revision must become the
    /// stored one (set by the caller), so that saving again, having seen both versions, keeps theirs.
    /// </summary>
    public static void AddConflict(this ModelStateDictionary modelState, string prefix)
    {
        modelState.AddModelError("", AdminMessages.Conflict.ToString());
        modelState.Remove($"{prefix}.{nameof(PolicyRowForm.Revision)}");
    }

    /// <summary>Puts Identity's errors beside the user name or the password field.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var property = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(AccountForm.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(AccountForm.UserName)
                : "";
            modelState.AddModelError(Field(prefix, property), error.Description);
        }
    }

    private static string Field(string prefix, string property) =>
        string.IsNullOrEmpty(property) ? "" : $"{prefix}.{property}";
}
