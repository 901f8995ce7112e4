using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// On SQLite, a narrow copy of what every search filters and sorts on (date, portal, type, item, category, unit, document
/// type), keyed by the entry's id, outside the model like the rest of the full-text structure. A full-text match gives
/// rowids; looking each one up in SearchEntries itself read the whole entry (title, summary, body and their terms, often
/// over several overflow pages) only to test its portal and date: newest-first and date-filtered searches of common
/// words took 10 to 15 s at 1,000,000 articles. SqliteSearchIndex joins the matches through this index instead
/// (INDEXED BY), which holds some 40 bytes an entry. PostgreSQL keeps its vectors out of line (TOAST) and is unchanged.
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261123010000_SearchFilterIndex")]
public sealed class SearchFilterIndex : Migration
{
    public const string Name = "IX_SearchEntries_Filters";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql($"""
                CREATE INDEX "{Name}" ON "SearchEntries" ("Id", "PublishedAt", "PortalId", "Type", "ItemId", "CategoryId", "UnitId", "DocumentType");
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql($"""DROP INDEX "{Name}";""");
        }
    }
}
