using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MedInsure.Web.Data.Migrations;

/// <summary>
/// Written by hand like <see cref="Initial"/>; it mirrors SavedCaseConfiguration, and
/// SchemaTests compares the two.
/// </summary>
[DbContext(typeof(MedInsureDbContext))]
[Migration("20261123010000_SavedCases")]
public sealed class SavedCases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SavedCases",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 12, nullable: false),
                InputJson = table.Column<string>(nullable: false),
                ResultJson = table.Column<string>(nullable: false),
                PolicyVersion = table.Column<string>(maxLength: 32, nullable: false),
                EngineVersion = table.Column<string>(maxLength: 32, nullable: false),
                HolderNameMasked = table.Column<string>(maxLength: 100, nullable: true),
                IdNumberMasked = table.Column<string>(maxLength: 18, nullable: true),
                IdNumberHash = table.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SavedCases", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_SavedCases_Code",
            table: "SavedCases",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SavedCases_IdNumberHash",
            table: "SavedCases",
            column: "IdNumberHash");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "SavedCases");
}
