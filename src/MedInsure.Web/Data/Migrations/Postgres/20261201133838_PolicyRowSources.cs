using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedInsure.Web.Data.Migrations.Postgres
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceAddress",
                table: "PolicyRows",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceAuthority",
                table: "PolicyRows",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcePublished",
                table: "PolicyRows",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcePublisher",
                table: "PolicyRows",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceTitle",
                table: "PolicyRows",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // Added by hand: rows written before these columns kept their basis, authority and page as
            // JSON in Note ({"note", "basis", "authority", "page": {"address", "title", "published",
            // "publisher"}}); they move into the columns and Note is the plain note again. A note that
            // merely looks like JSON, or names no basis, authority or page, is left as it was.
            migrationBuilder.Sql("""
                DO $$
                DECLARE
                    stored record;
                    j jsonb;
                    basis text;
                    authority text;
                    page jsonb;
                BEGIN
                    FOR stored IN SELECT "Id", "Note" FROM "PolicyRows" WHERE "Note" LIKE '{"%' LOOP
                        BEGIN
                            j := stored."Note"::jsonb;
                        EXCEPTION WHEN others THEN
                            CONTINUE;
                        END;
                        IF jsonb_typeof(j) <> 'object' THEN
                            CONTINUE;
                        END IF;
                        basis := CASE WHEN jsonb_typeof(j->'basis') = 'string' AND j->>'basis' IN ('city', 'national', 'reading') THEN j->>'basis' END;
                        authority := CASE WHEN jsonb_typeof(j->'authority') = 'string' AND j->>'authority' IN ('official', 'official-reported', 'third-party') THEN j->>'authority' END;
                        page := CASE WHEN jsonb_typeof(j->'page') = 'object' THEN j->'page' END;
                        IF basis IS NULL AND authority IS NULL AND page IS NULL THEN
                            CONTINUE;
                        END IF;
                        UPDATE "PolicyRows"
                        SET "Basis" = basis,
                            "SourceAuthority" = authority,
                            "SourceAddress" = CASE WHEN page IS NOT NULL THEN CASE WHEN jsonb_typeof(page->'address') = 'string' THEN page->>'address' ELSE '' END END,
                            "SourceTitle" = CASE WHEN jsonb_typeof(page->'title') = 'string' THEN page->>'title' END,
                            "SourcePublished" = CASE WHEN jsonb_typeof(page->'published') = 'string' THEN page->>'published' END,
                            "SourcePublisher" = CASE WHEN page IS NOT NULL THEN CASE WHEN jsonb_typeof(page->'publisher') = 'string' THEN page->>'publisher' ELSE '' END END,
                            "Note" = CASE WHEN jsonb_typeof(j->'note') = 'string' THEN j->>'note' END
                        WHERE "Id" = stored."Id";
                    END LOOP;
                END $$;
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
