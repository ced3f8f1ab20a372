using MedInsure.Domain.Policies;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Data;

/// <summary>Start-up against each database provider.</summary>
public abstract class PolicyLoadingTests<TFactory> where TFactory : MedInsureFactory, new()
{
    [Fact]
    public async Task First_start_on_an_empty_database_creates_it_and_loads_both_cities_from_policies()
    {
        using var factory = new TFactory();
        using var client = factory.CreateClient();

        var expected = PolicyFile.LoadDirectory(RepositoryPaths.FixturePolicies);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        Assert.Equal(["chongqing", "weinan"], await db.Cities.Select(c => c.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(expected.Rows.Count, await db.PolicyRows.CountAsync());

        var snapshot = factory.Services.GetRequiredService<PolicySnapshotProvider>().Current;
        Assert.True(snapshot.TryGetCity("chongqing", out _));
        Assert.True(snapshot.TryGetCity("weinan", out _));
        Assert.Equal(new PolicySnapshot(expected.Cities, expected.Rows).Version, snapshot.Version);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_keeps_the_rows_instead_of_loading_them_again()
    {
        using var first = new TFactory();
        first.CreateClient().Dispose();
        int rowsAfterFirstStart;
        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            var row = await db.PolicyRows.FirstAsync(r => r.City == "weinan" && r.Key == "arrears_window_months");
            row.Note = "edited by an admin";
            await db.SaveChangesAsync();
            rowsAfterFirstStart = await db.PolicyRows.CountAsync();
        }

        using var second = new SameDatabaseFactory(first.Provider, first.ConnectionString);
        second.CreateClient().Dispose();
        using (var scope = second.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            Assert.Equal(rowsAfterFirstStart, await db.PolicyRows.CountAsync());
            Assert.Equal("edited by an admin", (await db.PolicyRows.FirstAsync(r => r.City == "weinan" && r.Key == "arrears_window_months")).Note);
        }
    }

    [Fact]
    public void A_policy_file_with_a_bad_row_stops_the_start_with_a_message_naming_file_row_and_problem()
    {
        var directory = Directory.CreateTempSubdirectory("medinsure-bad-policies").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "testcity.yaml"), """
                city: testcity
                name_zh: 测试
                name_en: Test
                rows:
                  - key: arrears_window_months
                    value: "3"
                    unit: month
                    basis: city
                    source: 000_78efe0c7f8b54c92.txt
                    quote: "3个月内接续参保"
                  - key: waiting_monthz.individual.over_window
                    value: "6"
                    unit: month
                    basis: city
                    source: 000_78efe0c7f8b54c92.txt
                    quote: "待遇等待期为6个月"
                """);
            using var factory = new TFactory();
            factory.Settings["Policies:Directory"] = directory;
            var error = Assert.Throws<PolicyValidationException>(() => factory.CreateClient());
            Assert.Contains("testcity.yaml", error.Message);
            Assert.Contains("row 2", error.Message);
            Assert.Contains("unknown key", error.Message);
            Assert.Contains("未知的键", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class SameDatabaseFactory(TestDatabaseProvider provider, string connectionString) : MedInsureFactory(provider, connectionString);


}

public sealed class PolicyLoadingOnSqliteTests : PolicyLoadingTests<MedInsureFactory>;

public sealed class PolicyLoadingOnPostgresTests : PolicyLoadingTests<PostgresMedInsureFactory>;
