using DangBo.Web.Infrastructure.Data.Migrations;
using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using DangBo.Web.Modules.Search.Models;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// SQLite FTS5: the external-content table SearchFts mirrors SearchEntries through triggers (see the
/// SearchIndex migration). Terms are quoted, so nothing a reader types is FTS5 syntax.
/// </summary>
public sealed class SqliteSearchIndex(DangBoDbContext db) : SqlSearchIndex(db)
{
    public const string FtsTable = "SearchFts";

    /// <summary>Titles and codes alone (see the SearchTitleIndex migration), for the title tier and suggestions.</summary>
    public const string TitleFtsTable = "SearchFtsTitle";

    protected override string MatchExpression(ParsedQuery query, SearchField field)
    {
        var columns = field switch
        {
            SearchField.Title => "TitleTerms CodeTerms",
            SearchField.Summary => "SummaryTerms",
            SearchField.Exact => "ExactTerms",
            _ => "TitleTerms SummaryTerms BodyTerms CodeTerms",
        };
        if (field == SearchField.Exact)
        {
            return "{" + columns + "} : (" + string.Join(" AND ", query.ExactTermGroups.Select(g => AnyOf(g.Select(t => $"\"{t}\"")))) + ")";
        }
        var words = new List<string>();
        var codes = new List<string>();
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var c = query.Clauses[i];
            if (c.CodeTerm is { } code && field == SearchField.All)
            {
                // The code column alone, where the code is one term: as a phrase over every column, its parts (06, nq, tu)
                // are among the commonest words.
                codes.Add("{CodeTerms} : \"" + code + "\"");
            }
            else if (c.CodeTerm is not null && field == SearchField.Title)
            {
                // Every entry that matched has the code in its code column; the title tier wants it in the title itself.
                codes.Add("{TitleTerms} : \"" + string.Join(' ', c.FoldedTerms) + "\"");
            }
            else
            {
                var prefix = query.LastIsPrefix && i == query.Clauses.Count - 1 ? " *" : "";
                // The words as typed, or as the Telex or VNI keys they may be (ddaij: "ddaij" OR "dai").
                words.Add(AnyOf(c.FoldedAlternatives.Select(a => "\"" + string.Join(' ', a) + "\"" + prefix)));
            }
        }
        var parts = codes.Select(c => "(" + c + ")").ToList();
        if (words.Count > 0)
        {
            parts.Insert(0, "{" + columns + "} : (" + string.Join(" AND ", words) + ")");
        }
        return string.Join(" AND ", parts);
    }

    private static string AnyOf(IEnumerable<string> alternatives) =>
        alternatives.ToList() is [var one] ? one : "(" + string.Join(" OR ", alternatives) + ")";

    protected override (string From, string Where) MatchSql(string parameter, SearchField field = SearchField.All, bool dateRanged = false)
    {
        var table = field == SearchField.Title ? TitleFtsTable : FtsTable;
        // CROSS JOIN fixes the order: the full-text match drives and entries are looked up by id. Left to itself,
        // SQLite may walk the entries and re-run the match for each one. The lookup goes through the narrow filter index
        // (see the SearchFilterIndex migration): the planner prefers the table's own key, which reads whole entries to
        // test a date (0.3 s instead of 0.06 s for "dang bo" newest-first at 100,000 articles, warm; 1.5 s against 0.1 s cold).
        return ($"""
          "{table}" CROSS JOIN "SearchEntries" e INDEXED BY "{SearchFilterIndex.Name}" ON e."Id" = "{table}".rowid
          """, $""" "{table}" MATCH {parameter}""");
    }

    // Tested per candidate: FTS5 seeks the one rowid in each term's list, instead of listing every match of the field.
    protected override string AlsoMatchesSql(string parameter, SearchField field)
    {
        var table = field == SearchField.Title ? TitleFtsTable : FtsTable;
        return $"""EXISTS (SELECT 1 FROM "{table}" WHERE "{table}" MATCH {parameter} AND "{table}".rowid = e."Id")""";
    }

    // FTS5 gives matches from either end of its lists at no extra cost, so the count sample comes newest first.
    protected override bool SampleInRankOrder => true;

    // How many entries a newest-first walk in date order may test before it gives up and sorts every match instead: each
    // test seeks the entry in the query's term lists (~30 µs for common words), so 1,000 of them cost about as much as
    // sorting a common word's matches at 1,000,000 articles.
    private const int NewestWalkLimit = 1000;

    // Newest first, FTS5 gives every match and they are sorted by date: 50,000 matches of "dan van kheo" looked up and
    // sorted at 1,000,000 articles (~100 ms). When matches are dense, walking the entries from the newest (the date index of
    // the SearchNewestIndex migration) and testing each finds a page after a few hundred. The sample says how dense: it is
    // the newest matches by rowid, so its rowid span holds that many matches; with a date filter only the range's share of
    // all entries is walked. The walk stops at the NewestWalkLimit-th entry of the range at most (its date bounds it), and
    // if the page is not full by then, null sends the search back to sorting.
    private protected override async Task<List<int>?> NewestByDateWalkAsync(SearchRequest request, DateTime nowUtc, IReadOnlyList<SampledMatch> sample,
        List<object> args, string matchParameter, string filters, int skip, int take, int needed, CancellationToken ct)
    {
        if (needed <= 0 || sample.Count == 0)
        {
            return null;
        }
        // Matches of the type asked for among the entries whose ids the sample spans.
        var density = sample.Count(m => request.Type is null || m.Type == request.Type) / ((double)sample[0].Id - sample[^1].Id + 1);
        var (range, parameters) = PublishedRange(request, nowUtc, "$");
        var share = 1.0;
        if (request.FromUtc is not null || request.ToUtc is not null)
        {
            // The range's share of all entries, counted on the date index up to a point (a wide range walks like no range).
            var counts = await ReadAsync($"""
                SELECT (SELECT count(*) FROM (SELECT 1 FROM "SearchEntries" INDEXED BY "{SearchNewestIndex.Name}" WHERE {range} LIMIT {RangeCountCap})),
                       (SELECT max("Id") FROM "SearchEntries")
                """, parameters, r => (InRange: r.GetInt64(0), Highest: r.GetInt64(1)), ct);
            share = Math.Max(1, counts[0].InRange) / (double)Math.Max(1, counts[0].Highest);
        }
        if ((skip + needed) * share / density > NewestWalkLimit / 2)
        {
            return null;
        }
        var limit = await ReadAsync($"""
            SELECT "PublishedAt" FROM "SearchEntries" INDEXED BY "{SearchNewestIndex.Name}" WHERE {range}
            ORDER BY "PublishedAt" DESC, "Id" DESC LIMIT 1 OFFSET {NewestWalkLimit}
            """, parameters, r => r.GetDateTime(0), ct);
        var walkArgs = new List<object>(args) { request.FromUtc ?? DateTime.MinValue };
        var stop = "";
        if (limit.Count > 0)
        {
            // Entries dated at the limit are walked too: the walk stays a whole prefix of the date order.
            walkArgs[^1] = DateTime.SpecifyKind(limit[0], DateTimeKind.Utc);
            stop = $""" AND e."PublishedAt" >= {"{" + (walkArgs.Count - 1) + "}"}""";
        }
        var sql = $"""
            SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", 0 AS "Score", 0.0 AS "Rank"
            FROM "SearchEntries" e INDEXED BY "{SearchNewestIndex.Name}"
            WHERE {filters}{stop} AND EXISTS (SELECT 1 FROM "{FtsTable}" WHERE "{FtsTable}" MATCH {matchParameter} AND "{FtsTable}".rowid = e."Id")
            """;
        var ids = await ReadableCandidates(sql, walkArgs, request.Reader)
            .OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Skip(skip).Take(take).Select(c => c.Id).ToListAsync(ct);
        // Fewer than the page needs: if the walk was cut short, older matches may be missing.
        return ids.Count >= needed || limit.Count == 0 ? ids : null;
    }

    private const int RangeCountCap = 200_000;

    // Seeking one rowid in the term lists of common exact forms costs ~30 to 45 µs; walking them over a range of rowids
    // ~0.1 µs a match (measured at 1,000,000 articles: 1,500 candidates of "Đảng bộ" took 50 to 100 ms tested one by one).
    // Candidates are mostly near each other (the newest matches of each kind), so one walk over their range is the
    // cheaper way unless the range is far wider than the candidates are many.
    private const int RangeWalkPerSeek = 300;

    protected override async Task<HashSet<int>> ExactMatchesAsync(IReadOnlyCollection<int> ids, string exactExpression, CancellationToken ct)
    {
        var low = ids.Min();
        var high = ids.Max();
        if ((long)high - low + 1 > (long)RangeWalkPerSeek * ids.Count)
        {
            return await base.ExactMatchesAsync(ids, exactExpression, ct);
        }
        var sql = $"""SELECT rowid FROM "{FtsTable}" WHERE "{FtsTable}" MATCH $exact AND rowid >= $low AND rowid <= $high""";
        var inRange = await ReadAsync(sql, [("$exact", exactExpression), ("$low", low), ("$high", high)], r => r.GetInt32(0), ct);
        var wanted = ids as ISet<int> ?? ids.ToHashSet();
        return [.. inRange.Where(wanted.Contains)];
    }

    // The newest entries first: FTS5 walks its lists from the highest rowid and stops at the LIMIT, where bm25 would
    // have to weigh every match of a common word (0.5 s for "dang bo" at 100,000 articles). Entries are numbered as they
    // are indexed (the rebuild goes in article order), so a higher rowid is, nearly always, a more recent item.
    protected override string RankSql(string parameter, SearchField field = SearchField.All) => $"""
        "{(field == SearchField.Title ? TitleFtsTable : FtsTable)}".rowid
        """;

    protected override bool RankHasTies => false;

    // The newest matches anywhere, in the title and, when typed with diacritics (or as Telex or VNI keys), exactly: the
    // items the tiers put first are among them unless more than 500 newer items share their tier.
    protected override IEnumerable<CandidateMatch> CandidateMatches(ParsedQuery query)
    {
        var all = MatchExpression(query, SearchField.All);
        yield return new(all);
        // From the titles' own table: in the whole text's, FTS5 finds title matches by reading the positions of every
        // entry holding the words, all of them when the words are common in bodies but rare in titles ("bí thư tỉnh ủy").
        // Every word in the title (or code) column is every word in the whole text, whose columns include those two: the
        // whole query needs testing again only when it has a code, which the title expression looks for as words in the
        // title, and the whole text as the one term in the code column. That test seeks each title match in the whole
        // text's term lists (~30 µs a match for common words): 25 to 40 ms of the 500 title candidates at 1,000,000 articles.
        var title = MatchExpression(query, SearchField.Title);
        yield return query.Clauses.Any(c => c.CodeTerm is not null)
            ? new(title, all, SearchField.All, SearchField.Title)
            : new(title, Field: SearchField.Title);
        if (query.ExactTermGroups.Count > 0)
        {
            yield return new($"({all}) AND ({MatchExpression(query, SearchField.Exact)})");
        }
    }

    // A large site's entries and FTS5 structures outgrow SQLite's default 2 MB page cache many times over: at 1,000,000
    // articles every insert and FTS5 merge re-read their pages from the WAL (hundreds of GB read for an 8 GB WAL). A big
    // cache and in-memory temporary storage for the rebuild's connection only; both are put back afterwards.
    private const int BulkLoadCacheKib = 512 * 1024;

    protected override async Task<IAsyncDisposable> TuneConnectionForBulkLoadAsync(CancellationToken ct)
    {
        var cacheSize = await PragmaAsync("cache_size", ct);
        var tempStore = await PragmaAsync("temp_store", ct);
        await Db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{BulkLoadCacheKib}", ct);
        var tempStoreChanged = await TrySetTempStoreAsync(Db, 2);
        return new PragmaRestorer(Db, cacheSize, tempStoreChanged ? tempStore : null);
    }

    private async Task<long> PragmaAsync(string name, CancellationToken ct)
    {
        var connection = Db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    // SQLite refuses to change temporary storage inside a transaction once the connection has temporary tables open:
    // the rebuild then keeps the connection's setting, which is only slower.
    private static async Task<bool> TrySetTempStoreAsync(DangBoDbContext db, long mode)
    {
        var sql = mode switch
        {
            1 => "PRAGMA temp_store = FILE",
            2 => "PRAGMA temp_store = MEMORY",
            _ => "PRAGMA temp_store = DEFAULT",
        };
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql);
            return true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    private sealed class PragmaRestorer(DangBoDbContext db, long cacheSize, long? tempStore) : IAsyncDisposable
    {
        // Both values were read from SQLite as integers.
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync(FormattableString.Invariant($"PRAGMA cache_size = {cacheSize}"));
            if (tempStore is { } value)
            {
                await TrySetTempStoreAsync(db, value);
            }
        }
    }

    // The triggers keep FTS5 in step row by row, which a rebuild of every entry does not need: they are dropped for the
    // load (inside the rebuild's transaction, so no other connection ever sees them missing), and FTS5 reads the loaded
    // table once ('rebuild'). Their SQL is taken from the schema, so whatever the migrations made is put back as it was.
    private List<string> _droppedTriggers = [];

    protected override async Task BeforeBulkLoadAsync(CancellationToken ct)
    {
        var triggers = await Db.Database.SqlQueryRaw<SchemaObject>(
            """SELECT "name" AS "Name", "sql" AS "Sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = 'SearchEntries'""").ToListAsync(ct);
        foreach (var trigger in triggers)
        {
            // The name comes from the schema itself, quoted as an identifier.
            var drop = "DROP TRIGGER \"" + trigger.Name.Replace("\"", "\"\"") + "\"";
            await Db.Database.ExecuteSqlRawAsync(drop, ct);
        }
        _droppedTriggers = [.. triggers.Select(t => t.Sql)];
    }

    protected override async Task<int> BulkInsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        var connection = Db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"""
            INSERT INTO "SearchEntries" ({string.Join(", ", BulkColumns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", BulkColumns.Select((_, i) => "$p" + i))})
            """;
        var parameters = BulkColumns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToList();
        // One prepared statement run once per row: SQLite's fastest way in, with no EF tracking or batching in between.
        await command.PrepareAsync(ct);
        var written = 0;
        foreach (var entry in entries)
        {
            var values = BulkValues(entry);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
            written++;
        }
        return written;
    }

    protected override async Task AfterBulkLoadAsync(CancellationToken ct)
    {
        foreach (var sql in _droppedTriggers)
        {
            await Db.Database.ExecuteSqlRawAsync(sql, ct);
        }
        _droppedTriggers = [];
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('rebuild')""", ct);
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('optimize')""", ct);
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{TitleFtsTable}"("{TitleFtsTable}") VALUES ('rebuild')""", ct);
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{TitleFtsTable}"("{TitleFtsTable}") VALUES ('optimize')""", ct);
    }

    private sealed record SchemaObject(string Name, string Sql);
}
