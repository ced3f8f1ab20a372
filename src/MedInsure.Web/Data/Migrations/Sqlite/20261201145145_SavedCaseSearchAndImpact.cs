using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedCaseSearchAndImpact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SavedCases_HolderNameMasked",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_IdNumberHash",
                table: "SavedCases");

            migrationBuilder.AddColumn<int>(
                name: "GapFirstMonth",
                table: "SavedCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GapLastMonth",
                table: "SavedCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolderSurname",
                table: "SavedCases",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResumeMonth",
                table: "SavedCases",
                type: "INTEGER",
                nullable: true);

            // Cases saved before: a stored masked name keeps its first character whole (张*明), which is
            // the surname staff search by. Their months stay null, so an impact preview always checks them.
            migrationBuilder.Sql("""
                UPDATE "SavedCases" SET "HolderSurname" = substr("HolderNameMasked", 1, 1) WHERE "HolderNameMasked" IS NOT NULL AND "HolderNameMasked" <> '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_City_GapFirstMonth_GapLastMonth",
                table: "SavedCases",
                columns: new[] { "City", "GapFirstMonth", "GapLastMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_City_ResumeMonth",
                table: "SavedCases",
                columns: new[] { "City", "ResumeMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_HolderNameMasked_CreatedAtUtc",
                table: "SavedCases",
                columns: new[] { "HolderNameMasked", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_HolderSurname_CreatedAtUtc",
                table: "SavedCases",
                columns: new[] { "HolderSurname", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_IdNumberHash_CreatedAtUtc",
                table: "SavedCases",
                columns: new[] { "IdNumberHash", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SavedCases_City_GapFirstMonth_GapLastMonth",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_City_ResumeMonth",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_HolderNameMasked_CreatedAtUtc",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_HolderSurname_CreatedAtUtc",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_IdNumberHash_CreatedAtUtc",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "GapFirstMonth",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "GapLastMonth",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "HolderSurname",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "ResumeMonth",
                table: "SavedCases");

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_HolderNameMasked",
                table: "SavedCases",
                column: "HolderNameMasked");

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_IdNumberHash",
                table: "SavedCases",
                column: "IdNumberHash");
        }
    }
}
