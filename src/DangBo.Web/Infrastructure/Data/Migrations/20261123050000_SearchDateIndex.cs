using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// On PostgreSQL, entries by publication date, outside the model like the rest of the full-text structure. A newest-first
/// search of common words read and sorted every match by date (70,000 rows for a common place name at 1,000,000 articles);
/// PostgresSearchIndex now reads only the matches published since a date window's start, which PostgreSQL finds by
/// intersecting this index's bitmap with the full-text index's, and a date filter (the last 90 days) is intersected the same
/// way. The portal's own (PortalId, PublishedAt) index cannot serve it: the portal scope includes carried items.
/// SQLite has its date index already (SearchNewestIndex).
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261123050000_SearchDateIndex")]
public sealed class SearchDateIndex : Migration
{
    public const string Name = "IX_SearchEntries_PublishedAt";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"""CREATE INDEX IF NOT EXISTS "{Name}" ON "SearchEntries" ("PublishedAt");""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"""DROP INDEX IF EXISTS "{Name}";""");
        }
    }
}
