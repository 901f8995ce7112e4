using System.Text;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>Which columns a match looks in: all text, the title (with codes), or the summary; Exact looks at the Telex forms.</summary>
public enum SearchField
{
    All,
    Title,
    Summary,
    Exact,
}

/// <summary>
/// Writing entries, filtering, ordering and paging, shared by both databases. The order is the same everywhere:
/// exact-diacritic matches first (when the query has diacritics, or Telex or VNI keys), then every word in the title,
/// then every word in the summary, then a body of the item's own (an article's) above a body of attachments (a document's),
/// then the newest; or simply the newest when asked. The matching is raw SQL; which documents the reader may see is
/// composed onto it with <see cref="DocumentQueries.VisibleTo"/>, the one visibility rule, in every count, page and
/// suggestion.
/// </summary>
public abstract class SqlSearchIndex(DangBoDbContext db) : ISearchIndex
{
    // Each tier outweighs all the tiers below it together.
    private const int ExactScore = 8;
    private const int TitleScore = 4;
    private const int SummaryScore = 2;
    private const int OwnBodyScore = 1;

    protected DangBoDbContext Db { get; } = db;

    /// <summary>The query text in the database's own full-text syntax, built only from [a-z0-9] terms.</summary>
    protected abstract string MatchExpression(ParsedQuery query, SearchField field);

    /// <summary>
    /// FROM clause and predicate that restrict entries aliased <c>e</c> to those matching parameter <paramref name="parameter"/>,
    /// a match expression of <paramref name="field"/> (All or Title: each has a full-text index of its own).
    /// <paramref name="dateRanged"/>: the query also keeps to a date range the reader asked for.
    /// </summary>
    protected abstract (string From, string Where) MatchSql(string parameter, SearchField field = SearchField.All, bool dateRanged = false);

    /// <summary>A boolean SQL expression: entry <c>e</c> also matches the expression in <paramref name="parameter"/>.</summary>
    protected abstract string AlsoMatchesSql(string parameter, SearchField field);

    /// <summary>
    /// The database's own preference among entries <c>e</c> matching <paramref name="parameter"/>, higher first: the best
    /// <see cref="SearchResults.ReachableResults"/> of each of <see cref="CandidateMatches"/> are the candidates the tiers order.
    /// </summary>
    protected abstract string RankSql(string parameter, SearchField field = SearchField.All);

    /// <summary>
    /// True when reading matches in <see cref="RankSql"/> order costs no more than in any order, so that the count sample is
    /// read best first and doubles as the whole query's candidates.
    /// </summary>
    protected virtual bool SampleInRankOrder => false;

    /// <summary>
    /// The ids of a newest-first page found by walking entries in date order (when the database has a way to and the
    /// matches are dense enough for the walk to be short), or null to sort every match by date instead.
    /// <paramref name="sample"/> is the count sample (more than <see cref="SearchResults.CountCap"/> matches), in rank order
    /// when <see cref="SampleInRankOrder"/>; <paramref name="args"/> the SQL arguments <paramref name="filters"/> refer to;
    /// <paramref name="needed"/> how many ids the page must have.
    /// </summary>
    private protected virtual Task<List<int>?> NewestByDateWalkAsync(SearchRequest request, DateTime nowUtc, IReadOnlyList<SampledMatch> sample, List<object> args,
        string matchParameter, string filters, int skip, int take, int needed, CancellationToken ct) => Task.FromResult<List<int>?>(null);

    /// <summary>
    /// The dates a reader may see entries of (published by now, within the request's range), as SQL over the entries'
    /// columns with named parameters marked by <paramref name="marker"/> (<c>$</c> on SQLite, <c>@</c> on PostgreSQL), for
    /// the commands of <see cref="ReadAsync"/>.
    /// </summary>
    private protected static (string Range, List<(string Name, object Value)> Parameters) PublishedRange(SearchRequest request, DateTime nowUtc, string marker)
    {
        var bounds = new List<string> { $"\"PublishedAt\" <= {marker}now" };
        var parameters = new List<(string, object)> { (marker + "now", nowUtc) };
        if (request.FromUtc is { } fromUtc)
        {
            bounds.Add($"\"PublishedAt\" >= {marker}from");
            parameters.Add((marker + "from", fromUtc));
        }
        if (request.ToUtc is { } toUtc)
        {
            bounds.Add($"\"PublishedAt\" < {marker}to");
            parameters.Add((marker + "to", toUtc));
        }
        return (string.Join(" AND ", bounds), parameters);
    }

    /// <summary>Leaves out the documents the reader may not see from raw candidates (see <see cref="Readable(IQueryable{Candidate}, DocumentReader)"/>).</summary>
    private protected IQueryable<Candidate> ReadableCandidates(string sql, List<object> args, DocumentReader reader) =>
        Readable(Db.Database.SqlQueryRaw<Candidate>(sql, [.. args]), reader);

    /// <summary>
    /// The SQL the count sample (the first matches, in any order unless <see cref="SampleInRankOrder"/>) reads from, given the
    /// plain SQL of every visible match: by default that SQL itself.
    /// </summary>
    protected virtual string SampleSql(string matchesSql) => matchesSql;

    /// <summary>
    /// True when <see cref="RankSql"/> is the entry's id (the newest first): candidates are then read from the newest ids back
    /// (<see cref="NewestIdsAsync"/>).
    /// </summary>
    protected virtual bool RankIsId => false;

    /// <summary>True when entries can share a rank, so that the id must break ties for pages to agree.</summary>
    protected virtual bool RankHasTies => true;

    /// <summary>
    /// Match expressions (each implying the whole query) whose best-ranked entries become candidates; their union is ordered
    /// by the tiers. An expression may come with a second one that entries must also match in <see cref="CandidateMatch.AlsoField"/>.
    /// </summary>
    protected virtual IEnumerable<CandidateMatch> CandidateMatches(ParsedQuery query) => [new(MatchExpression(query, SearchField.All))];

    protected sealed record CandidateMatch(string Expression, string? AlsoExpression = null, SearchField AlsoField = SearchField.All, SearchField Field = SearchField.All);

    public async Task UpsertAsync(SearchEntry entry, CancellationToken ct = default)
    {
        var existing = await Db.Set<SearchEntry>().FirstOrDefaultAsync(e => e.Type == entry.Type && e.ItemId == entry.ItemId, ct);
        if (existing is null)
        {
            Db.Add(entry);
            return;
        }
        entry.Id = existing.Id;
        Db.Entry(existing).CurrentValues.SetValues(entry);
    }

    public async Task RemoveAsync(string type, int itemId, CancellationToken ct = default)
    {
        var existing = await Db.Set<SearchEntry>().FirstOrDefaultAsync(e => e.Type == type && e.ItemId == itemId, ct);
        if (existing is not null)
        {
            Db.Remove(existing);
        }
    }

    public async Task<int> RebuildAsync(IReadOnlyList<(string Type, IAsyncEnumerable<SearchEntry> Entries)> sources, CancellationToken ct = default)
    {
        if (Db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A rebuild runs inside the caller's transaction, so readers keep the old index until it is complete.");
        }
        // Connection settings for the load only, put back even if it fails (the connection goes back to the pool).
        await using var tuning = await TuneConnectionForBulkLoadAsync(ct);
        await BeforeBulkLoadAsync(ct);
        var written = 0;
        foreach (var (type, entries) in sources)
        {
            await Db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchEntries" WHERE "Type" = {0}""", [type], ct);
            // The sources read from the same connection, which cannot read while it writes (a PostgreSQL COPY): each
            // chunk is read whole, then written.
            var chunk = new List<SearchEntry>(BulkChunk);
            await foreach (var entry in entries.WithCancellation(ct))
            {
                chunk.Add(entry);
                if (chunk.Count == BulkChunk)
                {
                    written += await BulkInsertAsync(chunk, ct);
                    chunk.Clear();
                }
            }
            if (chunk.Count > 0)
            {
                written += await BulkInsertAsync(chunk, ct);
            }
        }
        await AfterBulkLoadAsync(ct);
        return written;
    }

    /// <summary>Changes the connection's settings for a bulk load; disposing the result puts them back.</summary>
    protected virtual Task<IAsyncDisposable> TuneConnectionForBulkLoadAsync(CancellationToken ct) => Task.FromResult<IAsyncDisposable>(NoTuning.Instance);

    private sealed class NoTuning : IAsyncDisposable
    {
        public static readonly NoTuning Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Readies the full-text structure for a bulk load (e.g. stops row-by-row upkeep that the end does in one go).</summary>
    protected virtual Task BeforeBulkLoadAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Writes the entries straight to SearchEntries without EF change tracking; returns how many.</summary>
    protected abstract Task<int> BulkInsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct);

    private const int BulkChunk = 2000;

    /// <summary>Brings the full-text structure up to date with the loaded rows and restores live upkeep.</summary>
    protected virtual Task AfterBulkLoadAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The columns a bulk load writes, in the order of <see cref="BulkValues"/>; Id is left to the database.</summary>
    protected static readonly IReadOnlyList<string> BulkColumns =
    [
        nameof(SearchEntry.Type), nameof(SearchEntry.ItemId), nameof(SearchEntry.PortalId), nameof(SearchEntry.UnitId),
        nameof(SearchEntry.CategoryId), nameof(SearchEntry.DocumentType), nameof(SearchEntry.Code), nameof(SearchEntry.Title),
        nameof(SearchEntry.Summary), nameof(SearchEntry.Body), nameof(SearchEntry.Url), nameof(SearchEntry.PublishedAt),
        nameof(SearchEntry.TitleTerms), nameof(SearchEntry.SummaryTerms), nameof(SearchEntry.BodyTerms), nameof(SearchEntry.CodeTerms),
        nameof(SearchEntry.ExactTerms),
    ];

    protected static object?[] BulkValues(SearchEntry e) =>
    [
        e.Type, e.ItemId, e.PortalId, e.UnitId, e.CategoryId, e.DocumentType, e.Code, e.Title,
        e.Summary, e.Body, e.Url, e.PublishedAt, e.TitleTerms, e.SummaryTerms, e.BodyTerms, e.CodeTerms, e.ExactTerms,
    ];

    public async Task<SearchResults> QueryAsync(SearchRequest request, DateTime nowUtc, CancellationToken ct = default)
    {
        // Codes are looked up as the single terms they are indexed as; only if that finds nothing at all (a number and
        // words that merely look like a code, a code written apart in the text) are their words searched for.
        if (request.Query.WithCodes() is { } byCode)
        {
            var found = await QueryMatchesAsync(request with { Query = byCode }, nowUtc, ct);
            if (found.Total > 0 || found.CountsAreCapped || found.CountsByType.Values.Any(c => c > 0))
            {
                return found;
            }
        }
        return await QueryMatchesAsync(request, nowUtc, ct);
    }

    private async Task<SearchResults> QueryMatchesAsync(SearchRequest request, DateTime nowUtc, CancellationToken ct)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        if (request.Query.IsEmpty)
        {
            return new SearchResults([], 0, new Dictionary<string, int>(), page, pageSize);
        }

        var args = new List<object>();
        string Arg(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1) + "}";
        }

        var matchParameter = Arg(MatchExpression(request.Query, SearchField.All));
        var dateRanged = request.FromUtc is not null || request.ToUtc is not null;
        var (from, match) = MatchSql(matchParameter, dateRanged: dateRanged);
        // Filters every count shares: what readers of this portal may see now.
        var visible = new StringBuilder($"""{PortalScope.Sql(Arg(request.PortalId))} AND e."PublishedAt" <= {Arg(nowUtc)}""");
        if (request.CategoryId is { } categoryId)
        {
            // Carried articles count in the category of the same slug (see PortalScope.CategorySql).
            visible.Append($" AND {PortalScope.CategorySql(Arg(categoryId))}");
        }
        if (request.UnitId is { } unitId)
        {
            visible.Append($""" AND e."UnitId" = {Arg(unitId)}""");
        }
        if (request.DocumentType is { } documentType)
        {
            visible.Append($""" AND e."DocumentType" = {Arg(documentType)}""");
        }
        if (request.FromUtc is { } fromUtc)
        {
            visible.Append($""" AND e."PublishedAt" >= {Arg(fromUtc)}""");
        }
        if (request.ToUtc is { } toUtc)
        {
            visible.Append($""" AND e."PublishedAt" < {Arg(toUtc)}""");
        }

        // Counts and pages look at entries only, and at the documents table for the reader's documents.
        var sampleRank = SampleInRankOrder ? RankSql(matchParameter) : "0.0";
        var matchesSql = $"""SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", 0 AS "Score", {sampleRank} AS "Rank" FROM {from} WHERE {match} AND {visible}""";
        var matches = Readable(Db.Database.SqlQueryRaw<Candidate>(SampleSql(matchesSql), [.. args]), request.Reader);
        // The types of the first matches, one past the cap: exact counts below it, "more than" above it, without counting
        // every match of a common word. Above the cap types are not counted (a rare type would mean walking every match),
        // except the one the reader filtered on.
        // Below the cap these are every match, so they are also the candidates of either order: nothing more is asked of
        // the full-text index, which matters for matches that are few among many entries holding the words (a phrase,
        // exact diacritics): looking for the newest 500 of them would read every entry that holds the words.
        // Where the database's own order costs nothing more (SQLite: FTS5 walks its lists from either end), the sample is read
        // in that order, so that its first entries are also the best-ranked matches, the first kind of candidates.
        var sample = await (SampleInRankOrder ? matches.OrderByDescending(c => c.Rank) : matches)
            .Select(c => new SampledMatch(c.Id, c.Type, c.PublishedAt)).Take(SearchResults.CountCap + 1).ToListAsync(ct);
        var countsAreCapped = sample.Count > SearchResults.CountCap;
        var counts = countsAreCapped ? [] : sample.GroupBy(m => m.Type).ToDictionary(g => g.Key, g => g.Count());
        var capped = new HashSet<string>();
        if (countsAreCapped && request.Type is { } onlyType)
        {
            var count = await matches.Where(c => c.Type == onlyType).Take(SearchResults.CountCap + 1).CountAsync(ct);
            if (count > SearchResults.CountCap)
            {
                capped.Add(onlyType);
                count = SearchResults.CountCap;
            }
            if (count > 0)
            {
                counts[onlyType] = count;
            }
        }

        var filtered = new StringBuilder(visible.ToString());
        if (request.Type is { } type)
        {
            filtered.Append($""" AND e."Type" = {Arg(type)}""");
        }
        var total = request.Type is null ? (countsAreCapped ? SearchResults.CountCap : sample.Count) : counts.GetValueOrDefault(request.Type);
        var totalIsCapped = request.Type is null ? countsAreCapped : capped.Contains(request.Type);
        SearchResults Results(IReadOnlyList<SearchHit> hits) =>
            new(hits, total, counts, page, pageSize) { CappedTypes = capped, TotalIsCapped = totalIsCapped, CountsAreCapped = countsAreCapped };
        var filters = filtered.ToString();
        var skip = (page - 1) * pageSize;
        if (total == 0 || skip >= SearchResults.ReachableResults)
        {
            return Results([]);
        }
        var take = Math.Min(pageSize, SearchResults.ReachableResults - skip);

        List<(int Id, int Score)> ranked;
        var allMatches = countsAreCapped ? null : sample.Where(m => request.Type is null || m.Type == request.Type).ToList();
        if (request.Sort == SearchSort.Newest && allMatches is not null)
        {
            ranked = [.. allMatches.OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take).Select(m => (m.Id, 0))];
        }
        else if (request.Sort == SearchSort.Newest
            && await NewestByDateWalkAsync(request, nowUtc, sample, args, matchParameter, filters, skip, take, Math.Min(take, total - skip), ct) is { } walked)
        {
            ranked = [.. walked.Select(id => (id, 0))];
        }
        else if (request.Sort == SearchSort.Newest)
        {
            var newestSql = $"""SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", 0 AS "Score", 0.0 AS "Rank" FROM {from} WHERE {match} AND {filtered}""";
            var newest = Readable(Db.Database.SqlQueryRaw<Candidate>(newestSql, [.. args]), request.Reader);
            var ids = await newest.OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
                .Skip(skip).Take(take).Select(c => c.Id).ToListAsync(ct);
            ranked = [.. ids.Select(id => (id, 0))];
        }
        else
        {
            // The database's own rank picks the candidates (see RankSql, CandidateMatches); the tiers below order only
            // those. Scoring every match of a common word with three more full-text tests was what made such searches slow.
            var candidates = allMatches?.ToDictionary(m => m.Id, m => m.PublishedAt) ?? new Dictionary<int, DateTime>();
            // A sample read in rank order holds the best-ranked matches of the whole query first: when it has enough of them
            // (of the type asked for), they are that kind of candidates, and its query is not run again.
            var bestOfSample = SampleInRankOrder && !RankHasTies
                ? sample.Where(m => request.Type is null || m.Type == request.Type).Take(SearchResults.ReachableResults).ToList()
                : [];
            var wholeQuery = MatchExpression(request.Query, SearchField.All);
            // The newest id, once for every kind of candidates read from the newest ids back.
            var highestId = RankIsId && allMatches is null ? await Db.SearchEntries.MaxAsync(e => (int?)e.Id, ct) ?? 0 : 0;
            foreach (var candidateMatch in allMatches is null ? CandidateMatches(request.Query) : Enumerable.Empty<CandidateMatch>())
            {
                if (bestOfSample.Count == SearchResults.ReachableResults && candidateMatch.Expression == wholeQuery
                    && candidateMatch.AlsoExpression is null && candidateMatch.Field == SearchField.All)
                {
                    foreach (var m in bestOfSample)
                    {
                        candidates[m.Id] = m.PublishedAt;
                    }
                    continue;
                }
                var fieldArgs = new List<object>(args) { candidateMatch.Expression };
                var fieldParameter = "{" + (fieldArgs.Count - 1) + "}";
                var (fieldFrom, fieldMatch) = MatchSql(fieldParameter, candidateMatch.Field, dateRanged);
                if (candidateMatch.AlsoExpression is { } also)
                {
                    fieldArgs.Add(also);
                    var alsoMatches = AlsoMatchesSql("{" + (fieldArgs.Count - 1) + "}", candidateMatch.AlsoField);
                    // A title is small: testing it first spares reading the whole text of entries whose title lacks the words.
                    fieldMatch = candidateMatch.AlsoField == SearchField.Title ? alsoMatches + " AND " + fieldMatch : fieldMatch + " AND " + alsoMatches;
                }
                var rank = RankSql(fieldParameter, candidateMatch.Field);
                var byRankSql = $"""SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", 0 AS "Score", {rank} AS "Rank" FROM {fieldFrom} WHERE {fieldMatch} AND {filters}""";
                var best = RankIsId
                    ? await NewestIdsAsync(byRankSql, fieldArgs, request.Reader, sample, highestId, ct)
                    : await BestRankedAsync(byRankSql, fieldArgs, request.Reader, ct);
                foreach (var c in best)
                {
                    candidates[c.Id] = c.PublishedAt;
                }
            }

            // Title and summary are short: their tiers are tested here on the candidates' terms. Asked of the full-text index
            // per candidate, a phrase of common words ("12 ct tu" in the summary) cost ~3 ms each on SQLite, which reads the
            // words' whole lists for every test. The exact forms span the whole text, so that tier stays with the index.
            // Ids come from the database as integers, so listing them in the SQL is safe.
            var idList = string.Join(",", candidates.Keys.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var scoresSql = $"""
                SELECT e."Id" AS "Id", e."Type" AS "Type", e."TitleTerms" AS "TitleTerms", e."CodeTerms" AS "CodeTerms",
                       e."SummaryTerms" AS "SummaryTerms"
                FROM "SearchEntries" e WHERE e."Id" IN ({idList})
                """;
            var rows = candidates.Count == 0 ? [] : await ReadAsync(scoresSql, [], r =>
                new ScoreRow(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), ct);
            var exact = request.Query.ExactTermGroups.Count > 0 && candidates.Count > 0
                ? await ExactMatchesAsync(candidates.Keys, MatchExpression(request.Query, SearchField.Exact), ct)
                : [];
            var scores = rows.ToDictionary(r => r.Id, r => (exact.Contains(r.Id) ? ExactScore : 0)
                + (TermMatcher.AllClausesIn(request.Query, r.TitleTerms, r.CodeTerms) ? TitleScore : 0)
                + (TermMatcher.AllClausesIn(request.Query, r.SummaryTerms) ? SummaryScore : 0)
                // Whatever an entry matched outside title and summary is its body: an article's own text outranks a document's attachments.
                + (SearchTypes.BodyIsAttachments.Contains(r.Type) ? 0 : OwnBodyScore));
            ranked = [.. candidates
                .Select(c => (Id: c.Key, Score: scores.GetValueOrDefault(c.Key), PublishedAt: c.Value))
                .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
                .Skip(skip).Take(take).Select(c => (c.Id, c.Score))];
        }

        var pageIds = ranked.Select(r => r.Id).ToList();
        var pageRows = await Db.SearchEntries.AsNoTracking().Where(e => pageIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Type, e.ItemId, e.Title, e.Summary, e.Body, e.Url, e.PublishedAt, e.Code })
            .ToDictionaryAsync(e => e.Id, ct);
        var hits = ranked.Where(r => pageRows.ContainsKey(r.Id)).Select(r =>
        {
            var e = pageRows[r.Id];
            return new SearchHit(e.Id, e.Type, e.ItemId, e.Title, e.Summary, e.Body, e.Url, e.PublishedAt, e.Code, r.Score);
        }).ToList();
        return Results(hits);
    }

    private async Task<List<SampledMatch>> BestRankedAsync(string byRankSql, List<object> args, DocumentReader reader, CancellationToken ct)
    {
        var byRank = Readable(Db.Database.SqlQueryRaw<Candidate>(byRankSql, [.. args]), reader).OrderByDescending(c => c.Rank);
        return await (RankHasTies ? byRank.ThenByDescending(c => c.Id) : byRank)
            .Take(SearchResults.ReachableResults).Select(c => new SampledMatch(c.Id, c.Type, c.PublishedAt)).ToListAsync(ct);
    }

    /// <summary>
    /// The best-ranked matches when the rank is the id (<see cref="RankIsId"/>), read from the newest ids back. A full-text
    /// index that cannot give its matches in order (PostgreSQL's GIN) reads every match of a common word to sort them: 70,000
    /// rows and 350 ms for 'Đắk Mil' at a million entries. Limited to the newest ids, the index's bitmap is intersected with
    /// the primary key's and only the rows in that window are read (32 ms). The sample (the first matches in the table's own
    /// order) says how dense the matches are: the first window is expected to hold about twice what is needed. When it holds
    /// fewer (a filter, or a tier rarer than the whole query), the window widens by what it found, up to every id; once the
    /// window holds enough, they are the newest of all matches, since every match outside it has a lower id.
    /// </summary>
    private async Task<List<SampledMatch>> NewestIdsAsync(string byRankSql, List<object> args, DocumentReader reader,
        IReadOnlyList<SampledMatch> sample, int maxId, CancellationToken ct)
    {
        var need = SearchResults.ReachableResults;
        // The sample holds CountCap + 1 matches over the ids it spans; a window that span wide holds about that many.
        long window = sample.Count > SearchResults.CountCap ? Math.Max(need, sample.Max(m => m.Id) - sample.Min(m => m.Id) + 1L) : maxId;
        while (window < maxId)
        {
            var windowArgs = new List<object>(args) { maxId - (int)window };
            var windowSql = byRankSql + """ AND e."Id" > {""" + (windowArgs.Count - 1) + "}";
            var found = await Readable(Db.Database.SqlQueryRaw<Candidate>(windowSql, [.. windowArgs]), reader)
                .OrderByDescending(c => c.Id).Take(need).Select(c => new SampledMatch(c.Id, c.Type, c.PublishedAt)).ToListAsync(ct);
            if (found.Count == need)
            {
                return found;
            }
            window *= Math.Clamp(2 * need / Math.Max(1, found.Count), 2, 64);
        }
        return await BestRankedAsync(byRankSql, args, reader, ct);
    }

    /// <summary>
    /// Which of <paramref name="ids"/> (candidates, all matching the query) match <paramref name="exactExpression"/>, the
    /// exact-diacritics expression: by default tested per candidate (<see cref="AlsoMatchesSql"/>).
    /// </summary>
    protected virtual async Task<HashSet<int>> ExactMatchesAsync(IReadOnlyCollection<int> ids, string exactExpression, CancellationToken ct)
    {
        // Ids come from the database as integers, so listing them in the SQL is safe.
        var idList = string.Join(",", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"""SELECT e."Id" FROM "SearchEntries" e WHERE e."Id" IN ({idList}) AND {AlsoMatchesSql("@exact", SearchField.Exact)}""";
        return [.. await ReadAsync(sql, [("@exact", exactExpression)], r => r.GetInt32(0), ct)];
    }

    // Straight through ADO.NET: the id lists make every such SQL text new, and EF would compile (and cache) a query for
    // each one, which cost more than reading the rows.
    protected async Task<List<T>> ReadAsync<T>(string sql, IReadOnlyList<(string Name, object Value)> parameters,
        Func<System.Data.Common.DbDataReader, T> read, CancellationToken ct)
    {
        var connection = Db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }
            return rows;
        }
        finally
        {
            if (opened)
            {
                await Db.Database.CloseConnectionAsync();
            }
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(int portalId, ParsedQuery query, DocumentReader reader, DateTime nowUtc, int count, CancellationToken ct = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }
        var (from, match) = MatchSql("{0}", SearchField.Title);
        var sql = $"""
            SELECT e."Id" AS "Id", e."Type" AS "Type", e."ItemId" AS "ItemId", e."PublishedAt" AS "PublishedAt", e."Title" AS "Title", e."Url" AS "Url"
            FROM {from} WHERE {match} AND {PortalScope.Sql("{1}")} AND e."PublishedAt" <= {"{2}"}
            """;
        var documents = Db.Documents.VisibleTo(reader).Select(d => d.Id);
        return await Db.Database.SqlQueryRaw<SuggestionRow>(sql, MatchExpression(query, SearchField.Title), portalId, nowUtc)
            .Where(r => r.Type != SearchTypes.Document || documents.Contains(r.ItemId))
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(count)
            .Select(r => new SearchSuggestion(r.Title, r.Url))
            .ToListAsync(ct);
    }

    /// <summary>Leaves out the documents <paramref name="reader"/> may not see, by the same rule as the library.</summary>
    private IQueryable<Candidate> Readable(IQueryable<Candidate> candidates, DocumentReader reader)
    {
        var documents = Db.Documents.VisibleTo(reader).Select(d => d.Id);
        return candidates.Where(c => c.Type != SearchTypes.Document || documents.Contains(c.ItemId));
    }

    internal sealed record Candidate(int Id, string Type, int ItemId, DateTime PublishedAt, int Score, double Rank);

    internal sealed record ScoreRow(int Id, string Type, string TitleTerms, string CodeTerms, string SummaryTerms);

    private protected sealed record SampledMatch(int Id, string Type, DateTime PublishedAt);

    internal sealed record SuggestionRow(int Id, string Type, int ItemId, DateTime PublishedAt, string Title, string Url);
}
