using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Search.Models;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>What a reader asks: words, filters, order and page. Filters left null are not applied.</summary>
public sealed record SearchRequest(int PortalId, ParsedQuery Query)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>Who is searching: decides which documents count. Anonymous unless said otherwise, the safe default.</summary>
    public DocumentReader Reader { get; init; } = DocumentReader.Anonymous;
    public string? Type { get; init; }
    public int? CategoryId { get; init; }
    public int? UnitId { get; init; }
    /// <summary>Key of a document type (nghi-quyet); only documents have one.</summary>
    public string? DocumentType { get; init; }
    /// <summary>Inclusive lower bound, UTC.</summary>
    public DateTime? FromUtc { get; init; }
    /// <summary>Exclusive upper bound, UTC.</summary>
    public DateTime? ToUtc { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>One found item as the index stores it; snippets are made from it by <see cref="Snippets"/>.</summary>
public sealed record SearchHit(int Id, string Type, int ItemId, string Title, string Summary, string Body, string Url, DateTime PublishedAt, string? Code, int Score);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, int> CountsByType, int Page, int PageSize)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record SearchSuggestion(string Title, string Url);

/// <summary>
/// The full-text index of what readers can find. Entries are written through EF (<see cref="UpsertAsync"/>,
/// <see cref="Remove"/>) into <see cref="SearchEntry"/>; each database derives its own full-text structure from
/// those rows (SQLite: an FTS5 table kept by triggers; PostgreSQL: generated tsvector columns with a GIN index),
/// so only reading differs between the implementations.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces the entry of an item; saved with the caller's SaveChanges.</summary>
    Task UpsertAsync(SearchEntry entry, CancellationToken ct = default);

    /// <summary>Removes the entry of an item if there is one; saved with the caller's SaveChanges.</summary>
    Task RemoveAsync(string type, int itemId, CancellationToken ct = default);

    Task<SearchResults> QueryAsync(SearchRequest request, DateTime nowUtc, CancellationToken ct = default);

    /// <summary>Titles <paramref name="reader"/> may see that start with the words typed so far, newest first.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(int portalId, ParsedQuery query, DocumentReader reader, DateTime nowUtc, int count, CancellationToken ct = default);

    /// <summary>Replaces every entry of <paramref name="type"/> with <paramref name="entries"/>; returns how many were written.</summary>
    Task<int> RebuildAsync(string type, IAsyncEnumerable<SearchEntry> entries, CancellationToken ct = default);
}
