using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PolicyVersionNumber",
                table: "SavedCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PolicyDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    City = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BaseNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CityNameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CityNameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyDrafts_Cities_City",
                        column: x => x.City,
                        principalTable: "Cities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    City = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVerifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVerifications_Cities_City",
                        column: x => x.City,
                        principalTable: "Cities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    City = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CityNameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CityNameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthoredBy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    RestoresNumber = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_Cities_City",
                        column: x => x.City,
                        principalTable: "Cities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RuleCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    City = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuleCases_Cities_City",
                        column: x => x.City,
                        principalTable: "Cities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersionRows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceQuote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SourceAuthority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SourceAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SourceTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SourcePublished = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SourcePublisher = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersionRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersionRows_PolicyVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Added by hand (docs/decisions/0012): a database made before versions keeps answering as
            // it did. Each city's rows become its version 1, authored and published by "upgrade".
            migrationBuilder.Sql("""
                INSERT INTO "PolicyVersions" ("City", "Number", "CityNameZh", "CityNameEn", "PublishedAtUtc", "PublishedBy", "AuthoredBy", "Reason", "Kind")
                SELECT "Code", 1, "NameZh", "NameEn", strftime('%Y-%m-%d %H:%M:%f', 'now'), 'upgrade', 'upgrade', '版本管理启用前数据库中的条目 / the rows the database held when published versions were introduced', 'upgrade'
                FROM "Cities"
                ORDER BY "Code";
                INSERT INTO "PolicyVersionRows" ("VersionId", "City", "Key", "Value", "Unit", "EffectiveFrom", "EffectiveTo", "SourceFile", "SourceQuote", "SourceDocument", "Basis", "SourceAuthority", "SourceAddress", "SourceTitle", "SourcePublished", "SourcePublisher", "Note")
                SELECT v."Id", r."City", r."Key", r."Value", r."Unit", r."EffectiveFrom", r."EffectiveTo", r."SourceFile", r."SourceQuote", r."SourceDocument", r."Basis", r."SourceAuthority", r."SourceAddress", r."SourceTitle", r."SourcePublished", r."SourcePublisher", r."Note"
                FROM "PolicyRows" r JOIN "PolicyVersions" v ON v."City" = r."City" AND v."Number" = 1
                ORDER BY r."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyDrafts_City_Status",
                table: "PolicyDrafts",
                columns: new[] { "City", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyDrafts_OneOpenPerCity",
                table: "PolicyDrafts",
                column: "City",
                unique: true,
                filter: "\"Status\" = 'open'");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVerifications_City",
                table: "PolicyVerifications",
                column: "City");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersionRows_VersionId",
                table: "PolicyVersionRows",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_City_Number",
                table: "PolicyVersions",
                columns: new[] { "City", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleCases_City",
                table: "RuleCases",
                column: "City");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyDrafts");

            migrationBuilder.DropTable(
                name: "PolicyVerifications");

            migrationBuilder.DropTable(
                name: "PolicyVersionRows");

            migrationBuilder.DropTable(
                name: "RuleCases");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropColumn(
                name: "PolicyVersionNumber",
                table: "SavedCases");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AuditEntries");
        }
    }
}
