using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DangBo.Web.Infrastructure.Data.Migrations;

/// <summary>
/// PostgreSQL only: a vector of word pairs with a GIN index of its own, for phrases of common words. Each two adjacent
/// letter-only terms of a title, summary or body become one lexeme (nong thon moi: nong0thon, thon0moi), computed by the
/// database from the terms columns (function SearchWordPairs), so nothing changes in C# or on SQLite, where FTS5 already
/// answers such phrases in a few milliseconds. A phrase also requires its pairs: GIN then lists the few entries holding
/// them instead of the newest-first walk testing positions in entry after entry (874 ms for "nong thon moi" at 100,000
/// articles). The pairs are not in SearchVector, which searches of common words read row by row (pairs there doubled its
/// size and those searches' cost). Only the pair vector is ever matched against pairs, so no typed word can reach one.
/// Existing entries get their pairs here (the table is rewritten).
/// </summary>
[DbContext(typeof(DangBoDbContext))]
[Migration("20261123000000_SearchWordPairs")]
public sealed class SearchWordPairs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql())
        {
            return;
        }
        migrationBuilder.Sql("""
            CREATE FUNCTION "SearchWordPairs"(terms text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT coalesce(string_agg(p.a || '0' || p.b, ' '), '')
                FROM (SELECT u.w AS a, lead(u.w) OVER (ORDER BY u.i) AS b
                      FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS u(w, i)) p
                WHERE p.b IS NOT NULL AND p.a ~ '^[a-z]+$' AND p.b ~ '^[a-z]+$'
            $$;
            """);
        migrationBuilder.Sql("""
            ALTER TABLE "SearchEntries" ADD COLUMN "PairVector" tsvector
                GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
                    "SearchWordPairs"("TitleTerms") || ' ' || "SearchWordPairs"("SummaryTerms") || ' ' || "SearchWordPairs"("BodyTerms"))) STORED;
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_PairVector" ON "SearchEntries" USING GIN ("PairVector");""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql())
        {
            return;
        }
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_SearchEntries_PairVector";""");
        migrationBuilder.Sql("""ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "PairVector";""");
        migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "SearchWordPairs"(text);""");
    }
}
