using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MedInsure.Web.Data.Migrations;

/// <summary>
/// Written by hand: the EF design-time tools do not restore here (docs/decisions/0002). A test
/// compares the schema these migrations build with the one the model describes.
/// </summary>
[DbContext(typeof(MedInsureDbContext))]
[Migration("20261123000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Cities",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 40, nullable: false),
                NameZh = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Cities", x => x.Code));

        migrationBuilder.CreateTable(
            name: "PolicyRows",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                City = table.Column<string>(maxLength: 40, nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<string>(maxLength: 100, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                EffectiveFrom = table.Column<DateOnly>(nullable: true),
                EffectiveTo = table.Column<DateOnly>(nullable: true),
                SourceFile = table.Column<string>(maxLength: 200, nullable: false),
                SourceQuote = table.Column<string>(maxLength: 2000, nullable: false),
                SourceDocument = table.Column<string>(maxLength: 200, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                Revision = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PolicyRows", x => x.Id);
                table.ForeignKey("FK_PolicyRows_Cities_City", x => x.City, "Cities", "Code", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_PolicyRows_City_Key_EffectiveFrom",
            table: "PolicyRows",
            columns: ["City", "Key", "EffectiveFrom"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PolicyRows");
        migrationBuilder.DropTable(name: "Cities");
    }
}
