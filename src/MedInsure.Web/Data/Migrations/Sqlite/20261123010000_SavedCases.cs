using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InputJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    PolicyVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EngineVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderNameMasked = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedCases", x => x.Id);
                });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedCases");
        }
    }
}
