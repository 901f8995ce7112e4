using System.Text;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

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
/// exact-diacritic matches first (when the query has diacritics), then every word in the title, then every
/// word in the summary, then the newest; or simply the newest when asked.
/// </summary>
public abstract class SqlSearchIndex(DangBoDbContext db) : ISearchIndex
{
    private const int ExactScore = 4;
    private const int TitleScore = 2;
    private const int SummaryScore = 1;

    protected DangBoDbContext Db { get; } = db;

    /// <summary>The query text in the database's own full-text syntax, built only from [a-z0-9] terms.</summary>
    protected abstract string MatchExpression(ParsedQuery query, SearchField field);

    /// <summary>FROM clause and predicate that restrict entries aliased <c>e</c> to those matching parameter <paramref name="parameter"/>.</summary>
    protected abstract (string From, string Where) MatchSql(string parameter);

    /// <summary>A boolean SQL expression: entry <c>e</c> also matches the expression in <paramref name="parameter"/>.</summary>
    protected abstract string AlsoMatchesSql(string parameter, SearchField field);

    protected virtual Task AfterRebuildAsync(CancellationToken ct) => Task.CompletedTask;

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

    public async Task<int> RebuildAsync(string type, IAsyncEnumerable<SearchEntry> entries, CancellationToken ct = default)
    {
        await Db.Set<SearchEntry>().Where(e => e.Type == type).ExecuteDeleteAsync(ct);
        var written = 0;
        var batch = new List<SearchEntry>();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            batch.Add(entry);
            if (batch.Count == 500)
            {
                written += await SaveBatchAsync(batch, ct);
            }
        }
        written += await SaveBatchAsync(batch, ct);
        await AfterRebuildAsync(ct);
        return written;
    }

    private async Task<int> SaveBatchAsync(List<SearchEntry> batch, CancellationToken ct)
    {
        Db.AddRange(batch);
        await Db.SaveChangesAsync(ct);
        foreach (var entry in batch)
        {
            Db.Entry(entry).State = EntityState.Detached;
        }
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    public async Task<SearchResults> QueryAsync(SearchRequest request, DateTime nowUtc, CancellationToken ct = default)
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

        var (from, match) = MatchSql(Arg(MatchExpression(request.Query, SearchField.All)));
        // Filters every count shares: what readers of this portal may see now.
        var visible = new StringBuilder($"""{match} AND e."PortalId" = {Arg(request.PortalId)} AND e."PublishedAt" <= {Arg(nowUtc)}""");
        if (request.CategoryId is { } categoryId)
        {
            visible.Append($""" AND e."CategoryId" = {Arg(categoryId)}""");
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

        var countsSql = $"""SELECT e."Type" AS "Type", CAST(COUNT(*) AS INTEGER) AS "Count" FROM {from} WHERE {visible} GROUP BY e."Type" """;
        var counts = (await Db.Database.SqlQueryRaw<TypeCount>(countsSql, [.. args]).ToListAsync(ct))
            .ToDictionary(c => c.Type, c => c.Count);

        var filtered = new StringBuilder(visible.ToString());
        if (request.Type is { } type)
        {
            filtered.Append($""" AND e."Type" = {Arg(type)}""");
        }
        var total = request.Type is null ? counts.Values.Sum() : counts.GetValueOrDefault(request.Type);
        if (total == 0)
        {
            return new SearchResults([], 0, counts, page, pageSize);
        }

        var score = new StringBuilder();
        var exactTerms = request.Query.ExactTermsWithDiacritics;
        if (exactTerms.Count > 0)
        {
            score.Append($"(CASE WHEN {AlsoMatchesSql(Arg(MatchExpression(request.Query, SearchField.Exact)), SearchField.Exact)} THEN {ExactScore} ELSE 0 END) + ");
        }
        score.Append($"(CASE WHEN {AlsoMatchesSql(Arg(MatchExpression(request.Query, SearchField.Title)), SearchField.Title)} THEN {TitleScore} ELSE 0 END) + ");
        score.Append($"(CASE WHEN {AlsoMatchesSql(Arg(MatchExpression(request.Query, SearchField.Summary)), SearchField.Summary)} THEN {SummaryScore} ELSE 0 END)");

        var order = request.Sort == SearchSort.Newest
            ? """e."PublishedAt" DESC, e."Id" DESC"""
            : "\"Score\" DESC, e.\"PublishedAt\" DESC, e.\"Id\" DESC";
        // Order and cut the page on ids and scores only, then read the page's rows: sorting every match with its body would dominate.
        var sql = $"""
            SELECT e."Id" AS "Id", {score} AS "Score"
            FROM {from} WHERE {filtered}
            ORDER BY {order} LIMIT {Arg(pageSize)} OFFSET {Arg((page - 1) * pageSize)}
            """;
        var ranked = await Db.Database.SqlQueryRaw<RankedId>(sql, [.. args]).ToListAsync(ct);
        var ids = ranked.Select(r => r.Id).ToList();
        var rows = await Db.SearchEntries.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Type, e.ItemId, e.Title, e.Summary, e.Body, e.Url, e.PublishedAt, e.Code })
            .ToDictionaryAsync(e => e.Id, ct);
        var hits = ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var e = rows[r.Id];
            return new SearchHit(e.Id, e.Type, e.ItemId, e.Title, e.Summary, e.Body, e.Url, e.PublishedAt, e.Code, r.Score);
        }).ToList();
        return new SearchResults(hits, total, counts, page, pageSize);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(int portalId, ParsedQuery query, DateTime nowUtc, int count, CancellationToken ct = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }
        var (from, match) = MatchSql("{0}");
        var sql = $"""
            SELECT e."Title", e."Url" FROM {from}
            WHERE {match} AND e."PortalId" = {"{1}"} AND e."PublishedAt" <= {"{2}"}
            ORDER BY e."PublishedAt" DESC, e."Id" DESC LIMIT {"{3}"}
            """;
        return await Db.Database.SqlQueryRaw<SearchSuggestion>(sql, MatchExpression(query, SearchField.Title), portalId, nowUtc, count).ToListAsync(ct);
    }

    internal sealed record TypeCount(string Type, int Count);

    internal sealed record RankedId(int Id, int Score);
}
