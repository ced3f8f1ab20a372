using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedInsure.Web.Data;

/// <summary>
/// Inserts many new rows of one entity in one transaction, several rows to an <c>INSERT</c> on
/// PostgreSQL (<see cref="RowsPerCommand"/>). The table, the columns and how each value is written
/// (type mapping, converter) come from the EF model, so a row reads back exactly as one saved by
/// <c>SaveChanges</c>. Why not
/// <c>SaveChanges</c>: it builds a command and its parameters per row and reads each key back, which
/// was a third of a seeding run's time (decision 0015). The rows are not tracked, and store-generated
/// keys are not read back.
/// </summary>
public static class BatchInsert
{
    /// <summary>
    /// Rows to one command on PostgreSQL, which answers each command over the network (the saved
    /// cases' 18 columns make 1,152 parameters, far inside its limit). SQLite runs in the process and
    /// is faster one row a command, the same prepared statement again (measured: 100,000 seeded
    /// cases 20 s, against 25 s at 64 rows).
    /// </summary>
    public const int RowsPerCommand = 64;

    private static int RowsPerCommandOn(MedInsureDbContext db) => db.Database.IsSqlite() ? 1 : RowsPerCommand;

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
        var perCommand = RowsPerCommandOn(db);
        // Each parameter's name and its placeholder in the SQL, made once, not once a row.
        var names = Enumerable.Range(0, Math.Min(perCommand, entities.Count))
            .Select(row => columns.Select((_, column) => $"r{row}c{column}").ToArray()).ToArray();
        var parameterNames = names.Select(row => row.Select(sql.GenerateParameterName).ToArray()).ToArray();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";

        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            DbCommand? command = null;
            var commandRows = 0;
            try
            {
                for (var first = 0; first < entities.Count; first += perCommand)
                {
                    var rows = Math.Min(perCommand, entities.Count - first);
                    if (command is null || commandRows != rows)
                    {
                        if (command is not null)
                            await command.DisposeAsync();
                        command = db.Database.GetDbConnection().CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = into + string.Join(", ", names.Take(rows).Select(row => "(" + string.Join(", ", row.Select(sql.GenerateParameterNamePlaceholder)) + ")"));
                        commandRows = rows;
                    }
                    command.Parameters.Clear();
                    for (var row = 0; row < rows; row++)
                    {
                        for (var i = 0; i < columns.Length; i++)
                            command.Parameters.Add(mappings[i].CreateParameter(command, parameterNames[row][i], getters[i].GetClrValue(entities[first + row]), columns[i].IsNullable));
                    }
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null)
                    await command.DisposeAsync();
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
