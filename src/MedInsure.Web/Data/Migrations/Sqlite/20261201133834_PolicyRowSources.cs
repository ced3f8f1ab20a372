using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyRowSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceAddress",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceAuthority",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcePublished",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcePublisher",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceTitle",
                table: "PolicyRows",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // Added by hand: rows written before these columns kept their basis, authority and page as
            // JSON in Note ({"note", "basis", "authority", "page": {"address", "title", "published",
            // "publisher"}}); they move into the columns and Note is the plain note again. A note that
            // merely looks like JSON, or names no basis, authority or page, is left as it was.
            migrationBuilder.Sql("""
                UPDATE "PolicyRows"
                SET "Basis" = CASE WHEN json_type("Note", '$.basis') = 'text' AND json_extract("Note", '$.basis') IN ('city', 'national', 'reading') THEN json_extract("Note", '$.basis') END,
                    "SourceAuthority" = CASE WHEN json_type("Note", '$.authority') = 'text' AND json_extract("Note", '$.authority') IN ('official', 'official-reported', 'third-party') THEN json_extract("Note", '$.authority') END,
                    "SourceAddress" = CASE WHEN json_type("Note", '$.page') = 'object' THEN CASE WHEN json_type("Note", '$.page.address') = 'text' THEN json_extract("Note", '$.page.address') ELSE '' END END,
                    "SourceTitle" = CASE WHEN json_type("Note", '$.page.title') = 'text' THEN json_extract("Note", '$.page.title') END,
                    "SourcePublished" = CASE WHEN json_type("Note", '$.page.published') = 'text' THEN json_extract("Note", '$.page.published') END,
                    "SourcePublisher" = CASE WHEN json_type("Note", '$.page') = 'object' THEN CASE WHEN json_type("Note", '$.page.publisher') = 'text' THEN json_extract("Note", '$.page.publisher') ELSE '' END END,
                    "Note" = CASE WHEN json_type("Note", '$.note') = 'text' THEN json_extract("Note", '$.note') END
                WHERE "Note" LIKE '{"%'
                  AND CASE WHEN json_valid("Note") AND json_type("Note") = 'object'
                      THEN (json_type("Note", '$.basis') = 'text' AND json_extract("Note", '$.basis') IN ('city', 'national', 'reading'))
                        OR (json_type("Note", '$.authority') = 'text' AND json_extract("Note", '$.authority') IN ('official', 'official-reported', 'third-party'))
                        OR json_type("Note", '$.page') = 'object'
                      ELSE 0 END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Basis",
                table: "PolicyRows");

            migrationBuilder.DropColumn(
                name: "SourceAddress",
                table: "PolicyRows");

            migrationBuilder.DropColumn(
                name: "SourceAuthority",
                table: "PolicyRows");

            migrationBuilder.DropColumn(
                name: "SourcePublished",
                table: "PolicyRows");

            migrationBuilder.DropColumn(
                name: "SourcePublisher",
                table: "PolicyRows");

            migrationBuilder.DropColumn(
                name: "SourceTitle",
                table: "PolicyRows");
        }
    }
}
