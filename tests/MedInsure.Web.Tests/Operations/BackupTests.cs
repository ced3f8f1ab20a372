using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
    [Trait(Speed.Name, Speed.Slow)]
    public async Task The_documented_backup_command_writes_a_restorable_copy()
    {
        using var factory = new MedInsureFactory();
        factory.CreateClient().Dispose();
        var backup = Path.Combine(factory.DataDirectory, "command-backup.db");

        var settings = new Dictionary<string, string> { ["ConnectionStrings:MedInsure"] = factory.ConnectionString };
        var (exitCode, output) = await AppProcess.RunCommandAsync(settings, factory.DataDirectory, "backup", "--to", backup);

        Assert.True(exitCode == 0, output);
        Assert.Equal(await DumpAsync(factory.ConnectionString), await DumpAsync($"Data Source={backup}"));

        // A second run must not overwrite an existing backup.
        (exitCode, _) = await AppProcess.RunCommandAsync(settings, factory.DataDirectory, "backup", "--to", backup);
        Assert.Equal(1, exitCode);
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
