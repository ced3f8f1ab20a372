using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages;

/// <summary>
/// The maintenance commands that belong to a feature (beside <see cref="Infrastructure.Commands"/>,
/// which may not use the features): <c>seed-cases</c> and <c>impact-preview</c>.
/// </summary>
public static class PageCommands
{
    /// <summary>Runs the command named by <paramref name="args"/>, or returns null when they name none of these.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (SeedCasesCommand.IsRequested(args))
            return await SeedCasesCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
        if (ImpactPreviewCommand.IsRequested(args))
            return await ImpactPreviewCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
        return null;
    }
}
