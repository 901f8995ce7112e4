using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// The search index: SearchEntries (in the model) and, outside the model, each database's full-text structure
/// over its *Terms columns: an FTS5 table kept in step by triggers on SQLite, generated tsvector columns with a
/// GIN index on PostgreSQL. Existing articles are indexed at the next start (SearchIndexBootstrap) or by `reindex`.
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261122100000_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SearchEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Type = table.Column<string>(nullable: false, maxLength: 20),
                ItemId = table.Column<int>(nullable: false),
                PortalId = table.Column<int>(nullable: false),
                UnitId = table.Column<int>(nullable: true),
                CategoryId = table.Column<int>(nullable: true),
                DocumentType = table.Column<string>(nullable: true, maxLength: 100),
                Code = table.Column<string>(nullable: true, maxLength: 100),
                Title = table.Column<string>(nullable: false, maxLength: 500),
                Summary = table.Column<string>(nullable: false),
                Body = table.Column<string>(nullable: false),
                Url = table.Column<string>(nullable: false, maxLength: 600),
                PublishedAt = table.Column<DateTime>(nullable: false),
                TitleTerms = table.Column<string>(nullable: false),
                SummaryTerms = table.Column<string>(nullable: false),
                BodyTerms = table.Column<string>(nullable: false),
                CodeTerms = table.Column<string>(nullable: false),
                ExactTerms = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SearchEntries", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_SearchEntries_Type_ItemId",
            table: "SearchEntries",
            columns: new[] { "Type", "ItemId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SearchEntries_PortalId_PublishedAt",
            table: "SearchEntries",
            columns: new[] { "PortalId", "PublishedAt" });

        if (migrationBuilder.IsSqlite())
        {
            // Terms are made in C# and separated by spaces; unicode61 only splits them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchFts" USING fts5(
                    "TitleTerms", "SummaryTerms", "BodyTerms", "CodeTerms", "ExactTerms",
                    content='SearchEntries', content_rowid='Id', tokenize='unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_AfterInsert" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"(rowid, "TitleTerms", "SummaryTerms", "BodyTerms", "CodeTerms", "ExactTerms")
                    VALUES (new."Id", new."TitleTerms", new."SummaryTerms", new."BodyTerms", new."CodeTerms", new."ExactTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_AfterDelete" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTerms", "SummaryTerms", "BodyTerms", "CodeTerms", "ExactTerms")
                    VALUES ('delete', old."Id", old."TitleTerms", old."SummaryTerms", old."BodyTerms", old."CodeTerms", old."ExactTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_AfterUpdate" AFTER UPDATE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTerms", "SummaryTerms", "BodyTerms", "CodeTerms", "ExactTerms")
                    VALUES ('delete', old."Id", old."TitleTerms", old."SummaryTerms", old."BodyTerms", old."CodeTerms", old."ExactTerms");
                    INSERT INTO "SearchFts"(rowid, "TitleTerms", "SummaryTerms", "BodyTerms", "CodeTerms", "ExactTerms")
                    VALUES (new."Id", new."TitleTerms", new."SummaryTerms", new."BodyTerms", new."CodeTerms", new."ExactTerms");
                END;
                """);
        }
        else if (migrationBuilder.IsNpgsql())
        {
            // 'simple': no stemming, no stop words, no dependence on the server's locale or on the unaccent extension.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, "TitleTerms"), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, "CodeTerms"), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, "SummaryTerms"), 'B') ||
                    setweight(to_tsvector('simple'::regconfig, "BodyTerms"), 'C')) STORED;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "ExactVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "ExactTerms")) STORED;
                """);
            // Ranking looks at the title (with codes) and the summary alone; small vectors keep that cheap.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "TitleVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, "TitleTerms"), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, "CodeTerms"), 'A')) STORED;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "SummaryVector" tsvector
                    GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "SummaryTerms"), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_SearchVector" ON "SearchEntries" USING GIN ("SearchVector");""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchFts";""");
        }
        migrationBuilder.DropTable(name: "SearchEntries");
    }
}
