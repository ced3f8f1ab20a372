using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MedInsure.Web.Data.Migrations;

/// <summary>
/// Staff case lookup: a saved case's city and creation time as columns staff can search on (filled
/// from each stored case's JSON and time for cases saved before), notes on a case, and a record of
/// every staff view of a case. Written by hand (docs/decisions/0002); it mirrors
/// SavedCaseConfiguration, CaseNoteConfiguration and CaseViewConfiguration, and SchemaTests
/// compares them.
/// </summary>
[DbContext(typeof(MedInsureDbContext))]
[Migration("20261123030000_StaffCases")]
public sealed class StaffCases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "City",
            table: "SavedCases",
            maxLength: 40,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<DateTime>(
            name: "CreatedAtUtc",
            table: "SavedCases",
            nullable: false,
            defaultValue: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // Cases saved before this migration: the city the result names, and the same instant as CreatedAt.
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""
                UPDATE "SavedCases"
                SET "City" = COALESCE(json_extract("ResultJson", '$.result.city'), ''),
                    "CreatedAtUtc" = strftime('%Y-%m-%d %H:%M:%f', "CreatedAt")
                """);
        }
        else if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""
                UPDATE "SavedCases"
                SET "City" = COALESCE(("ResultJson"::jsonb) #>> '{result,city}', ''),
                    "CreatedAtUtc" = "CreatedAt"
                """);
        }

        migrationBuilder.CreateIndex(
            name: "IX_SavedCases_City_CreatedAtUtc",
            table: "SavedCases",
            columns: ["City", "CreatedAtUtc"]);

        migrationBuilder.CreateIndex(
            name: "IX_SavedCases_CreatedAtUtc",
            table: "SavedCases",
            column: "CreatedAtUtc");

        migrationBuilder.CreateIndex(
            name: "IX_SavedCases_HolderNameMasked",
            table: "SavedCases",
            column: "HolderNameMasked");

        migrationBuilder.CreateTable(
            name: "CaseNotes",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SavedCaseId = table.Column<int>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseNotes", x => x.Id);
                table.ForeignKey("FK_CaseNotes_SavedCases_SavedCaseId", x => x.SavedCaseId, "SavedCases", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CaseNotes_SavedCaseId",
            table: "CaseNotes",
            column: "SavedCaseId");

        migrationBuilder.CreateTable(
            name: "CaseViews",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SavedCaseId = table.Column<int>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseViews", x => x.Id);
                table.ForeignKey("FK_CaseViews_SavedCases_SavedCaseId", x => x.SavedCaseId, "SavedCases", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CaseViews_SavedCaseId",
            table: "CaseViews",
            column: "SavedCaseId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CaseViews");
        migrationBuilder.DropTable(name: "CaseNotes");
        migrationBuilder.DropIndex(name: "IX_SavedCases_HolderNameMasked", table: "SavedCases");
        migrationBuilder.DropIndex(name: "IX_SavedCases_CreatedAtUtc", table: "SavedCases");
        migrationBuilder.DropIndex(name: "IX_SavedCases_City_CreatedAtUtc", table: "SavedCases");
        migrationBuilder.DropColumn(name: "CreatedAtUtc", table: "SavedCases");
        migrationBuilder.DropColumn(name: "City", table: "SavedCases");
    }
}
