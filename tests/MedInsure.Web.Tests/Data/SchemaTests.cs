using MedInsure.Web.Data;
using MedInsure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Data;

/// <summary>
/// The migrations are written by hand with no model snapshot, so nothing else notices when one
/// drifts from the entity configurations: compare the tables they build with the model.
/// </summary>
public sealed class SchemaTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public void The_migrated_tables_match_the_model_column_by_column_and_index_by_index()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        var connection = db.Database.GetDbConnection();
        connection.Open();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table);

            var expectedColumns = entity.GetProperties()
                .Select(p => $"{p.GetColumnName(store)} {p.GetColumnType()} {(p.IsNullable ? "NULL" : "NOT NULL")}")
                .Order(StringComparer.Ordinal).ToList();
            var actualColumns = Rows(connection, $"PRAGMA table_info('{table}')")
                .Select(r => $"{r["name"]} {r["type"]} {(Convert.ToInt64(r["notnull"], System.Globalization.CultureInfo.InvariantCulture) == 1 ? "NOT NULL" : "NULL")}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expectedColumns, actualColumns);

            var expectedIndexes = entity.GetIndexes()
                .Select(i => $"{i.GetDatabaseName(store)} {(i.IsUnique ? "UNIQUE " : "")}({string.Join(",", i.Properties.Select(p => p.GetColumnName(store)))})")
                .Order(StringComparer.Ordinal).ToList();
            var actualIndexes = Rows(connection, $"PRAGMA index_list('{table}')")
                .Where(r => !((string)r["name"]!).StartsWith("sqlite_autoindex", StringComparison.Ordinal))
                .Select(r =>
                {
                    var name = (string)r["name"]!;
                    var columns = Rows(connection, $"PRAGMA index_info('{name}')").Select(c => (string)c["name"]!);
                    var unique = Convert.ToInt64(r["unique"], System.Globalization.CultureInfo.InvariantCulture) == 1;
                    return $"{name} {(unique ? "UNIQUE " : "")}({string.Join(",", columns)})";
                })
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expectedIndexes, actualIndexes);
        }
    }

    private static List<Dictionary<string, object?>> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        return rows;
    }
}
