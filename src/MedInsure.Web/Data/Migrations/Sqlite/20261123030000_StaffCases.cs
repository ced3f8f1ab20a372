using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "SavedCases",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "SavedCases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // as the hand-written migration had it; every existing row is filled below

            // Added by hand: cases saved before this migration get the city their result names and
            // the same instant as CreatedAt, so staff find them by city and day.
            migrationBuilder.Sql("""
                UPDATE "SavedCases"
                SET "City" = COALESCE(json_extract("ResultJson", '$.result.city'), ''),
                    "CreatedAtUtc" = strftime('%Y-%m-%d %H:%M:%f', "CreatedAt")
                """);

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SavedCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_SavedCases_SavedCaseId",
                        column: x => x.SavedCaseId,
                        principalTable: "SavedCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SavedCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseViews_SavedCases_SavedCaseId",
                        column: x => x.SavedCaseId,
                        principalTable: "SavedCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_City_CreatedAtUtc",
                table: "SavedCases",
                columns: new[] { "City", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_CreatedAtUtc",
                table: "SavedCases",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SavedCases_HolderNameMasked",
                table: "SavedCases",
                column: "HolderNameMasked");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_SavedCaseId",
                table: "CaseNotes",
                column: "SavedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseViews_SavedCaseId",
                table: "CaseViews",
                column: "SavedCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseViews");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_City_CreatedAtUtc",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_CreatedAtUtc",
                table: "SavedCases");

            migrationBuilder.DropIndex(
                name: "IX_SavedCases_HolderNameMasked",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "City",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "SavedCases");
        }
    }
}
