using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// PostgreSQL full text: generated tsvector columns over the C#-made terms (the 'simple' configuration, so the
/// server's locale and extensions play no part) and a GIN index (see the SearchIndex migration). Weights: A
/// title and codes, B summary, C body (the ranking tiers use TitleVector and SummaryVector). Terms are quoted lexemes, so nothing a reader types is tsquery syntax.
/// </summary>
public sealed class PostgresSearchIndex(DangBoDbContext db) : SqlSearchIndex(db)
{
    protected override string MatchExpression(ParsedQuery query, SearchField field)
    {
        // Weighted lexemes work on SearchVector and on the summary vector, which carries the same weight. The title vector
        // (title and codes) is all weight A, so its expression has none: a weight makes GIN recheck every match against the
        // vector itself, stored out of line, which tripled the cost of title candidates ('quoc phong': 29 ms against 7 ms at
        // 100,000 articles).
        var weight = field switch
        {
            SearchField.Summary => "B",
            _ => "",
        };
        if (field == SearchField.Exact)
        {
            return string.Join(" & ", query.ExactTermGroups.Select(g => AnyOf(g.Select(t => $"'{t}'"))));
        }
        return string.Join(" & ", query.Clauses.Select((c, i) =>
        {
            if (c.CodeTerm is { } code && field == SearchField.All)
            {
                // The one term the code is indexed as: as a phrase, its parts (06, nq, tu) are among the commonest words, and
                // GIN cannot check positions, so every entry holding them all would be read to find the few with the code.
                return $"'{code}'";
            }
            var prefix = query.LastIsPrefix && i == query.Clauses.Count - 1 ? "*" : "";
            // The words as typed, or as the Telex or VNI keys they may be (ddaij: 'ddaij' | 'dai').
            return AnyOf(c.FoldedAlternatives.Select(a =>
                "(" + string.Join(" <-> ", a.Select(t => weight.Length + prefix.Length > 0 ? $"'{t}':{prefix}{weight}" : $"'{t}'")) + ")"));
        }));
    }

    private static string AnyOf(IEnumerable<string> alternatives) =>
        alternatives.ToList() is [var one] ? one : "(" + string.Join(" | ", alternatives) + ")";

    // Within a date range the query is a sub-select, so the planner does not see its words. Seeing them, it multiplies their
    // frequencies as if words came apart: for 'phong chong tham nhung' in titles it expected 6 matches of 37,690, so it read
    // every title match (35,000 pages, ~340 ms at 1,000,000 articles) and tested each for the last 90 days, instead of
    // intersecting the full-text bitmap with the date index's (2,000 pages, 21 ms). Unseen, the words are assumed to be in
    // 0.5% of entries. Without a date range that guess makes things worse: it has the planner walk ids from the newest and
    // unpack each entry's vector, five times slower for common words.
    protected override (string From, string Where) MatchSql(string parameter, SearchField field = SearchField.All, bool dateRanged = false)
    {
        var query = dateRanged ? $"(SELECT CAST({parameter} AS tsquery))" : $"CAST({parameter} AS tsquery)";
        return (""" "SearchEntries" e""", field == SearchField.Title ? $"""e."TitleVector" @@ {query}""" : $"""e."SearchVector" @@ {query}""");
    }

    // Ranking tiers test small vectors of their own, not the whole text's.
    protected override string AlsoMatchesSql(string parameter, SearchField field) => field switch
    {
        SearchField.Exact => $"""e."ExactVector" @@ CAST({parameter} AS tsquery)""",
        SearchField.Title => $"""e."TitleVector" @@ CAST({parameter} AS tsquery)""",
        SearchField.Summary => $"""e."SummaryVector" @@ CAST({parameter} AS tsquery)""",
        _ => $"""e."SearchVector" @@ CAST({parameter} AS tsquery)""",
    };

    // The newest entries first, as on SQLite: ts_rank had to read and weigh the vector of every match of a common word
    // before the best 500 were known; by id, only the newest ids need reading (see RankIsId). Ids are given in indexing
    // order (the rebuild goes in article order), so a higher id is, nearly always, a more recent item.
    protected override string RankSql(string parameter, SearchField field = SearchField.All) => """e."Id" """;

    protected override bool RankHasTies => false;

    protected override bool RankIsId => true;

    // The most entries, matching or not, a newest-first window may span before sorting every match is the cheaper way.
    private const int NewestWindowLimit = 300_000;

    // Newest first: GIN gives matches in no order, so sorting them by date read every match of a common word (70,000 rows,
    // 250 ms at 1,000,000 articles). Only the matches published since a window's start are read instead: PostgreSQL
    // intersects the full-text bitmap with the date index's (see the SearchDateIndex migration). The window spans twice
    // as many entries as the sample's density says the page needs, counted on the date index, and widens until it holds
    // the page; every match outside it is older than every match in it, so its first matches are the first of all.
    private protected override async Task<List<int>?> NewestByDateWalkAsync(SearchRequest request, DateTime nowUtc, IReadOnlyList<SampledMatch> sample,
        List<object> args, string matchParameter, string filters, int skip, int take, int needed, CancellationToken ct)
    {
        if (needed <= 0 || sample.Count == 0)
        {
            return null;
        }
        // Matches of the type asked for among the entries whose ids the sample spans.
        var density = Math.Max(1, sample.Count(m => request.Type is null || m.Type == request.Type))
            / ((double)sample.Max(m => m.Id) - sample.Min(m => m.Id) + 1);
        var (range, parameters) = PublishedRange(request, nowUtc, "@");
        var (from, match) = MatchSql(matchParameter, dateRanged: request.FromUtc is not null || request.ToUtc is not null);
        for (var entries = (long)Math.Ceiling(2 * (skip + needed) / density); entries <= NewestWindowLimit; entries *= 8)
        {
            var start = await ReadAsync($"""
                SELECT "PublishedAt" FROM "SearchEntries" WHERE {range} ORDER BY "PublishedAt" DESC LIMIT 1 OFFSET {entries}
                """, parameters, r => r.GetFieldValue<DateTime>(0), ct);
            if (start.Count == 0)
            {
                // The window would hold every entry: sorting every match is the same work.
                return null;
            }
            var windowArgs = new List<object>(args) { DateTime.SpecifyKind(start[0], DateTimeKind.Utc) };
            var sql = $"""
                SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", 0 AS "Score", 0.0 AS "Rank"
                FROM {from} WHERE {match} AND {filters} AND e."PublishedAt" >= {"{" + (windowArgs.Count - 1) + "}"}
                """;
            var ids = await ReadableCandidates(sql, windowArgs, request.Reader)
                .OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Skip(skip).Take(take).Select(c => c.Id).ToListAsync(ct);
            if (ids.Count >= needed)
            {
                return ids;
            }
        }
        return null;
    }

    // The newest matches anywhere, in the title (its own vector, title and codes) and, when typed with diacritics (or as
    // Telex or VNI keys), exactly: the items the tiers put first are among them unless more than 500 newer items share
    // their tier.
    protected override IEnumerable<CandidateMatch> CandidateMatches(ParsedQuery query)
    {
        var all = MatchExpression(query, SearchField.All);
        yield return new(all);
        // On the title vector, which has a GIN index of its own (see the SearchTitleIndex migration): tested on the whole
        // text's vector, words common in bodies but rare in titles meant reading every entry. Every word of the title vector
        // is in the whole text's, so the whole query needs testing as well only when it has a code, which the title
        // expression looks for as words of the title and the whole text as the one code term.
        var title = MatchExpression(query, SearchField.Title);
        yield return query.Clauses.Any(c => c.CodeTerm is not null)
            ? new(all, title, SearchField.Title)
            : new(title, Field: SearchField.Title);
        if (query.ExactTermGroups.Count > 0)
        {
            yield return new(all, MatchExpression(query, SearchField.Exact), SearchField.Exact);
        }
    }

    // The count sample takes the first 1,001 matches in any order. Planned for so few rows, PostgreSQL reads the table in order
    // and tests each entry's vector, which is stored out of line (TOAST) and unpacked for every test: 70 to 100 ms for
    // 'quoc phong' at 100,000 articles. Fenced in a materialised CTE the match is planned for all its rows, which picks the
    // GIN index unless the words are in most entries (and then the scan in order is what finds 1,001 soonest); a bitmap of
    // plain words needs no vector read at all, and the LIMIT outside still stops the read early (7 ms).
    protected override string SampleSql(string matchesSql) =>
        $"""SELECT * FROM (WITH "matches" AS MATERIALIZED ({matchesSql}) SELECT * FROM "matches") AS "sample" """;

    protected override async Task<int> BulkInsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        // Binary COPY: the server's fastest way in; the generated vectors are computed as rows arrive.
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        var columns = string.Join(", ", BulkColumns.Select(c => $"\"{c}\""));
        var types = BulkColumns.Select(c => c switch
        {
            nameof(SearchEntry.ItemId) or nameof(SearchEntry.PortalId) or nameof(SearchEntry.UnitId) or nameof(SearchEntry.CategoryId) => NpgsqlDbType.Integer,
            nameof(SearchEntry.PublishedAt) => NpgsqlDbType.TimestampTz,
            _ => NpgsqlDbType.Text,
        }).ToArray();
        var written = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"""COPY "SearchEntries" ({columns}) FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var entry in entries)
            {
                var values = BulkValues(entry);
                await importer.StartRowAsync(ct);
                for (var i = 0; i < values.Length; i++)
                {
                    switch (values[i])
                    {
                        case null:
                            await importer.WriteNullAsync(ct);
                            break;
                        case DateTime at:
                            await importer.WriteAsync(DateTime.SpecifyKind(at, DateTimeKind.Utc), types[i], ct);
                            break;
                        case var value:
                            await importer.WriteAsync(value, types[i], ct);
                            break;
                    }
                }
                written++;
            }
            await importer.CompleteAsync(ct);
        }
        return written;
    }

    protected override async Task AfterBulkLoadAsync(CancellationToken ct) =>
        await Db.Database.ExecuteSqlRawAsync("""ANALYZE "SearchEntries" """, ct);
}
