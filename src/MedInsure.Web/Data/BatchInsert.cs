using System.Data;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedInsure.Web.Data;

/// <summary>
/// Inserts many new rows of one entity with one command, prepared once and run a row at a time in one
/// transaction. The table, the columns and how each value is written (type mapping, converter) come
/// from the EF model, so a row reads back exactly as one saved by <c>SaveChanges</c>. Why not
/// <c>SaveChanges</c>: it builds a command and its parameters per row and reads each key back, which
/// was a third of a seeding run's time (decision 0015). The rows are not tracked, and store-generated
/// keys are not read back.
/// </summary>
public static class BatchInsert
{
    public static async Task InsertAsync<T>(MedInsureDbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken = default)
        where T : class
    {
        if (entities.Count == 0)
            return;
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // The store makes the key (and any other generated value); everything else is written.
        var columns = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var sql = db.GetInfrastructure().GetRequiredService<ISqlGenerationHelper>();
        var names = columns.Select((_, i) => "p" + i).ToArray();

        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", names.Select(sql.GenerateParameterNamePlaceholder))})";
            foreach (var entity in entities)
            {
                command.Parameters.Clear();
                for (var i = 0; i < columns.Length; i++)
                    command.Parameters.Add(mappings[i].CreateParameter(command, sql.GenerateParameterName(names[i]), getters[i].GetClrValue(entity), columns[i].IsNullable));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            if (own is not null)
                await own.CommitAsync(cancellationToken);
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }
}
