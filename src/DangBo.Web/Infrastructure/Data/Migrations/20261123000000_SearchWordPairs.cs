using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// Titles, summaries and bodies are now indexed with a term for each two adjacent words (dang0bo, see
/// <c>SearchText.PairTerm</c>), and a quoted phrase requires its pairs: entries indexed before have none, so no phrase would
/// find them. The entries are emptied here (no schema change: the pairs live in the same columns, after the words), and
/// <c>SearchIndexBootstrap</c> refills the index at the next start, as it does for a database that predates search, since
/// published articles and entries then differ in number; <c>reindex</c> does the same by hand. Search finds nothing until
/// the refill is done (about a minute and a half per 100,000 articles on SQLite).
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261123000000_SearchWordPairs")]
public sealed class SearchWordPairs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DELETE FROM "SearchEntries";""");

    // The entries with pairs still answer every query the code before them sends (its phrases only look for the words).
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
