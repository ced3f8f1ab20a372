using System.Diagnostics;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Operations;

public sealed class BackupTests
{
    [Fact]
    public async Task An_online_backup_of_the_running_app_restores_with_every_row()
    {
        using var factory = new MedInsureFactory();
        factory.CreateClient().Dispose();
        var backup = Path.Combine(factory.DataDirectory, "backup", "medinsure-backup.db");

        SqliteBackup.Run(factory.ConnectionString, backup);

        Assert.Equal(await DumpAsync(factory.ConnectionString), await DumpAsync($"Data Source={backup}"));
        Assert.NotEmpty(await DumpAsync($"Data Source={backup}"));
    }

    [Fact]
    public async Task The_documented_backup_command_writes_a_restorable_copy()
    {
        using var factory = new MedInsureFactory();
        factory.CreateClient().Dispose();
        var backup = Path.Combine(factory.DataDirectory, "command-backup.db");

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MedInsure.Web.dll"), "backup", "--to", backup])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__MedInsure"] = factory.ConnectionString;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(factory.DataDirectory, "logs", "cmd-.log");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + error);
        Assert.Equal(await DumpAsync(factory.ConnectionString), await DumpAsync($"Data Source={backup}"));

        // A second run must not overwrite an existing backup.
        using var again = Process.Start(start)!;
        await again.WaitForExitAsync();
        Assert.Equal(1, again.ExitCode);
    }

    /// <summary>Every policy row and city as text, in a stable order.</summary>
    private static async Task<List<string>> DumpAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteMedInsureDbContext>().UseSqlite(connectionString).Options;
        await using var db = new SqliteMedInsureDbContext(options);
        var rows = await db.PolicyRows.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
        SqliteConnection.ClearAllPools();
        return rows.Select(r => $"{r.Id}|{r.City}|{r.Key}|{r.Value}|{r.Unit}|{r.EffectiveFrom}|{r.EffectiveTo}|{r.SourceFile}|{r.SourceQuote}|{r.Revision}")
            .Concat(cities.Select(c => $"{c.Code}|{c.NameZh}|{c.NameEn}"))
            .ToList();
    }
}
