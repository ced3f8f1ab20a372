using MedInsure.Web.Data;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// Maintenance commands run instead of the web server: <c>dotnet run --project src/MedInsure.Web -- COMMAND …</c>.
/// </summary>
public static class Commands
{
    /// <summary>Runs the command named by <paramref name="args"/>, or returns null when they name none.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args) =>
        args.FirstOrDefault() switch
        {
            "backup" => Backup(app, args),
            _ when Pages.Admin.Users.CreateAdminCommand.IsRequested(args) => await Pages.Admin.Users.CreateAdminCommand.RunFromConsoleAsync(app.Services, args),
            _ when Pages.Admin.Users.AccountsCommand.IsRequested(args) => await Pages.Admin.Users.AccountsCommand.RunFromConsoleAsync(app.Services, args),
            _ => null,
        };

    /// <summary><c>backup --to FILE</c>: a consistent online copy of the SQLite database.</summary>
    private static int Backup(WebApplication app, string[] args)
    {
        var to = Option(args, "--to");
        if (to is null)
        {
            Console.Error.WriteLine(Texts.Both("Command.Backup.Usage"));
            return 2;
        }
        if (!string.Equals(app.Configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine(Texts.Both("Command.Backup.Postgres"));
            return 2;
        }
        try
        {
            SqliteBackup.Run(DatabaseSetup.SqliteConnectionString(app.Configuration, app.Environment), to);
            Console.WriteLine(Texts.Both("Command.Backup.Written", Path.GetFullPath(to)));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine(Texts.Both("Command.Backup.Failed", ex.Message));
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
