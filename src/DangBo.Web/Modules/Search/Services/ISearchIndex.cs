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
    /// <summary>A category of the searched portal; carried articles count in it by their own category's slug (<see cref="PortalScope.CategorySql"/>).</summary>
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

/// <summary>
/// A page of results. Counts stop at <see cref="CountCap"/>: past it a count only says "more than" (readers see
/// "Hơn 1.000 kết quả"), because counting every match of a common word costs more than the whole page. Only the
/// first <see cref="ReachableResults"/> results in either order can be paged to: relevance is worked out finely for
/// that many candidates only, and nobody reads past them; narrowing the search is the way further.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, int> CountsByType, int Page, int PageSize)
{
    public const int CountCap = 1000;
    public const int ReachableResults = 500;

    /// <summary>Types whose count reached <see cref="CountCap"/>: their count means "more than CountCap".</summary>
    public IReadOnlySet<string> CappedTypes { get; init; } = new HashSet<string>();

    /// <summary>True when <see cref="Total"/> is a lower bound ("more than"), not an exact count.</summary>
    public bool TotalIsCapped { get; init; }

    /// <summary>
    /// More than <see cref="CountCap"/> items of all types matched: <see cref="CountsByType"/> then holds only the type
    /// filtered on, if any; the other types are not counted.
    /// </summary>
    public bool CountsAreCapped { get; init; }

    public int TotalPages => Math.Max(1, (Math.Min(Total, ReachableResults) + PageSize - 1) / PageSize);
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

    /// <summary>
    /// Replaces every entry of each source's type with its entries, in one bulk load inside the caller's transaction;
    /// returns how many were written. All types go in one call so that the full-text structure is built once at the end.
    /// </summary>
    Task<int> RebuildAsync(IReadOnlyList<(string Type, IAsyncEnumerable<SearchEntry> Entries)> sources, CancellationToken ct = default);
}
