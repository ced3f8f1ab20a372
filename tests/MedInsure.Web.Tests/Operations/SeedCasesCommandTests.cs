using MedInsure.Web.Contract;
using MedInsure.Web.Pages.Case;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Operations;

/// <summary><c>seed-cases</c>: realistic cases through the saving code, bilingual refusals, its exit codes.</summary>
public sealed class SeedCasesCommandTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task Seeding_saves_valid_varied_cases_of_the_city_with_masked_holders()
    {
        var output = new StringWriter();
        var before = await factory.QueryAsync(db => db.SavedCases.CountAsync(c => c.City == "chongqing"));

        var exit = await SeedCasesCommand.RunAsync(factory.Services, ["seed-cases", "--count", "2500", "--city", "chongqing", "--seed", "9"], output, output);

        Assert.Equal(0, exit);
        Assert.Contains("done: 2,500 cases", output.ToString());
        var cases = await factory.QueryAsync(db => db.SavedCases.AsNoTracking().Where(c => c.City == "chongqing").OrderByDescending(c => c.Id).Take(2500).ToListAsync());
        Assert.Equal(before + 2500, await factory.QueryAsync(db => db.SavedCases.CountAsync(c => c.City == "chongqing")));
        var validator = factory.Services.GetRequiredService<CheckInputValidator>();
        Assert.All(cases, c => Assert.True(validator.Validate(SavedReports.InputOf(c)).IsValid));
        // Varied: histories of one to several periods, gaps and none, most with a masked name and ID number, days spread out.
        var periods = cases.Select(c => SavedReports.InputOf(c).Periods!.Count).ToList();
        Assert.Contains(1, periods);
        Assert.Contains(periods, p => p >= 3);
        Assert.Contains(cases, c => c.GapFirstMonth is null);
        Assert.True(cases.Count(c => c.GapFirstMonth is not null) > 1500);
        Assert.InRange(cases.Count(c => c.HolderNameMasked is not null), 1500, 2400);
        Assert.All(cases.Where(c => c.HolderNameMasked is not null), c => Assert.Contains('*', c.HolderNameMasked!));
        Assert.All(cases.Where(c => c.IdNumberMasked is not null), c => Assert.Matches("^\\*{14}[0-9]{3}[0-9X]$", c.IdNumberMasked!));
        Assert.True(cases.Select(c => c.CreatedAtUtc.Date).Distinct().Count() > 300);
        Assert.True(cases.Select(c => c.ResumeMonth).Distinct().Count() > 20);
    }

    [Theory]
    [InlineData("--count")]
    [InlineData("--count", "0")]
    [InlineData("--count", "ten")]
    [InlineData("--count", "5", "--seed")]
    [InlineData("--cuont", "5")]
    public async Task Bad_arguments_are_refused_in_both_languages_with_exit_code_2(params string[] args)
    {
        var errors = new StringWriter();
        var exit = await SeedCasesCommand.RunAsync(factory.Services, ["seed-cases", .. args], TextWriter.Null, errors);
        Assert.Equal(2, exit);
        Assert.Contains("用法", errors.ToString());
        Assert.Contains("usage: seed-cases --count N", errors.ToString());
    }

    [Fact]
    public async Task An_unknown_city_is_refused_with_exit_code_2()
    {
        var errors = new StringWriter();
        Assert.Equal(2, await SeedCasesCommand.RunAsync(factory.Services, ["seed-cases", "--count", "5", "--city", "atlantis"], TextWriter.Null, errors));
        Assert.Contains("atlantis", errors.ToString());
    }

    [Fact]
    public async Task A_batch_the_database_refuses_ends_the_run_with_exit_code_1_in_both_languages()
    {
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_cases BEFORE INSERT ON SavedCases BEGIN SELECT RAISE(ABORT, 'refused by a test'); END;"));
        try
        {
            var errors = new StringWriter();
            var count = await factory.QueryAsync(db => db.SavedCases.CountAsync());

            // More batches than the pipeline holds: a stage left waiting on a failed writer would hang here.
            var exit = await SeedCasesCommand.RunAsync(factory.Services, ["seed-cases", "--count", "20000", "--seed", "5"], TextWriter.Null, errors).WaitAsync(TimeSpan.FromMinutes(2));

            Assert.Equal(1, exit);
            Assert.Contains("保存失败", errors.ToString());
            Assert.Contains("saving failed after 0 cases", errors.ToString());
            Assert.Contains("refused by a test", errors.ToString());
            Assert.Equal(count, await factory.QueryAsync(db => db.SavedCases.CountAsync()));
        }
        finally
        {
            await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_cases;"));
        }
    }

    [Fact]
    public async Task Production_is_refused_unless_forced()
    {
        using var production = factory.WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("AllowedHosts", "localhost").UseSetting("Security:IdNumberHashKey", "a seeding test key, 32 characters"));
        var errors = new StringWriter();
        var count = await factory.QueryAsync(db => db.SavedCases.CountAsync());

        Assert.Equal(1, await SeedCasesCommand.RunAsync(production.Services, ["seed-cases", "--count", "5"], TextWriter.Null, errors));
        Assert.Contains("生产环境", errors.ToString());
        Assert.Contains("--force", errors.ToString());
        Assert.Equal(count, await factory.QueryAsync(db => db.SavedCases.CountAsync()));

        Assert.Equal(0, await SeedCasesCommand.RunAsync(production.Services, ["seed-cases", "--count", "5", "--force"], TextWriter.Null, errors));
        Assert.Equal(count + 5, await factory.QueryAsync(db => db.SavedCases.CountAsync()));
    }
}
