using System.Data.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Cases;

/// <summary>
/// Cases are stored with <see cref="BatchInsert"/>, not SaveChanges: what it writes must be, column for
/// column, what SaveChanges writes for the same cases, on each provider.
/// </summary>
public abstract class BatchInsertTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MedInsureFactory
{
    [Fact]
    public async Task A_batch_is_stored_exactly_as_SaveChanges_stores_the_same_cases()
    {
        // Names and ID numbers given and not, both cities, varied histories and saving times; on PostgreSQL
        // two full commands of BatchInsert.RowsPerCommand rows and a shorter one.
        var faker = new CaseFaker(["weinan", "chongqing"], seed: 41, DateTimeOffset.UtcNow);
        var cases = Enumerable.Range(0, 150).Select(i => faker.Next() is var c && i % 3 == 0 ? c with { Name = null, IdNumber = null } : c).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var batch = await store.PrepareAsync(cases);
        var same = await store.PrepareAsync(cases);

        var codes = await store.WriteAsync(batch);
        foreach (var entity in same)
            entity.Code = CaseCode.NewCode();
        await factory.QueryAsync(async db =>
        {
            db.SavedCases.AddRange(same);
            return await db.SaveChangesAsync();
        });

        var byBatch = await StoredAsync(codes);
        var bySaveChanges = await StoredAsync([.. same.Select(e => e.Code)]);
        Assert.Equal(150, byBatch.Count);
        Assert.Contains(byBatch, row => row["HolderNameMasked"] is DBNull);
        Assert.Contains(byBatch, row => row["HolderNameMasked"] is string);
        for (var i = 0; i < byBatch.Count; i++)
        {
            foreach (var column in bySaveChanges[i].Keys.Where(c => c is not ("Id" or "Code")))
                Assert.True(Equals(byBatch[i][column], bySaveChanges[i][column]) || (byBatch[i][column] is byte[] a && bySaveChanges[i][column] is byte[] b && a.SequenceEqual(b)),
                    $"case {i}, column {column}: {byBatch[i][column]} by the batch, {bySaveChanges[i][column]} by SaveChanges");
        }
        // What EF reads back is the case as it was prepared (PostgreSQL keeps microseconds).
        var found = await store.FindAsync(codes[7]);
        Assert.Equal(batch[7].CreatedAt.UtcTicks / 10, found!.CreatedAt.UtcTicks / 10);
    }

    [Fact]
    public async Task A_batch_that_cannot_be_stored_leaves_none_of_its_cases()
    {
        var faker = new CaseFaker(["weinan"], seed: 42, DateTimeOffset.UtcNow);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var earlier = await store.SaveAllAsync([faker.Next()]);
        var batch = await store.PrepareAsync([.. Enumerable.Range(0, 5).Select(_ => faker.Next())]);
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        foreach (var entity in batch)
            entity.Code = CaseCode.NewCode();
        // The last case takes a code already in use: the unique index refuses it, and with it the batch.
        batch[^1].Code = earlier[0];

        await Assert.ThrowsAnyAsync<DbException>(() => BatchInsert.InsertAsync(db, batch));

        var codes = batch.Take(4).Select(e => e.Code).ToList();
        Assert.Equal(0, await factory.QueryAsync(d => d.SavedCases.CountAsync(c => codes.Contains(c.Code))));
    }

    /// <summary>The stored rows of these codes, in their order, each column as the database gives it back.</summary>
    private Task<List<Dictionary<string, object>>> StoredAsync(IReadOnlyList<string> codes) => factory.QueryAsync(async db =>
    {
        var rows = new List<Dictionary<string, object>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var code in codes)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"SavedCases\" WHERE \"Code\" = @code";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@code";
            parameter.Value = code;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue));
        }
        return rows;
    });
}

public sealed class BatchInsertTestsOnSqlite(MedInsureFactory factory) : BatchInsertTests<MedInsureFactory>(factory);

public sealed class BatchInsertTestsOnPostgres(PostgresMedInsureFactory factory) : BatchInsertTests<PostgresMedInsureFactory>(factory);
