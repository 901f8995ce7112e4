using System.Globalization;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>Search parameters as they arrive from the results page or the API, unchecked.</summary>
public sealed record SearchInput(string? Q, string? Type = null, string? Category = null, string? From = null, string? To = null,
    string? Sort = null, string? Page = null, string? Unit = null, string? DocumentType = null);

/// <summary>A result as readers see it: HTML-encoded title and snippet with matching words in &lt;mark&gt;.</summary>
public sealed record SearchItem(string Type, string TypeName, string Title, string TitleHtml, string Url, string SnippetHtml, DateTime PublishedAt, string? Code)
{
    /// <summary>Name of the portal the item comes from when this portal carries it for another; null for its own.</summary>
    public string? Origin { get; init; }
}

public sealed record SearchOutcome(IReadOnlyDictionary<string, string> Errors, bool IsEmptyQuery, IReadOnlyList<SearchItem> Items,
    int Total, IReadOnlyDictionary<string, int> CountsByType, int Page, int TotalPages, ParsedQuery Query)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when <see cref="Total"/> reached <see cref="SearchResults.CountCap"/> and means "more than".</summary>
    public bool TotalIsCapped { get; init; }

    /// <summary>Types whose count means "more than <see cref="SearchResults.CountCap"/>".</summary>
    public IReadOnlySet<string> CappedTypes { get; init; } = new HashSet<string>();

    /// <summary>More than <see cref="SearchResults.CountCap"/> items of all types matched; types other than the filtered one are not counted.</summary>
    public bool CountsAreCapped { get; init; }

    /// <summary>More results than can be paged to: readers are told to narrow the search.</summary>
    public bool IsBeyondReach => Total > SearchResults.ReachableResults;

    /// <summary>A count as readers read it: "1.234" or, past the cap, "hơn 1.000".</summary>
    public static string FormatCount(int count, bool capped) =>
        (capped ? "hơn " : "") + count.ToString("N0", Infrastructure.Text.VietnamTime.Culture);
}

/// <summary>
/// Search for readers of a portal: checks what was asked (Vietnamese messages keyed by parameter), asks the
/// index for what readers may see now, and turns hits into highlighted items. Pages and the API call only this.
/// </summary>
public sealed class ReaderSearch(DangBoDbContext db, ISearchIndex index, PortalDirectory portals, TimeProvider clock)
{
    public const int MaxQueryLength = 200;
    public const int MaxPage = 1000;
    public const int SuggestionCount = 8;
    public const int SuggestMinLength = 2;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public async Task<SearchOutcome> SearchAsync(int portalId, DocumentReader reader, SearchInput input, int pageSize = SearchRequest.DefaultPageSize, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var text = VietnameseText.Clean(input.Q);
        if (text.Length > MaxQueryLength)
        {
            errors[nameof(input.Q)] = $"Từ khóa tìm kiếm dài quá {MaxQueryLength} ký tự.";
        }
        var query = ParsedQuery.Parse(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);

        string? type = null;
        if (!string.IsNullOrWhiteSpace(input.Type))
        {
            type = input.Type.Trim().ToLowerInvariant();
            if (!SearchTypes.All.Contains(type))
            {
                errors[nameof(input.Type)] = "Loại nội dung không hợp lệ.";
            }
        }

        int? categoryId = null;
        if (!string.IsNullOrWhiteSpace(input.Category))
        {
            var slug = input.Category.Trim().ToLowerInvariant();
            categoryId = await db.Categories.AsNoTracking().Where(c => c.PortalId == portalId && c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (categoryId is null)
            {
                errors[nameof(input.Category)] = "Chuyên mục không tồn tại.";
            }
        }

        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(input.Unit))
        {
            var slug = input.Unit.Trim().ToLowerInvariant();
            unitId = await db.Units.AsNoTracking().Where(u => u.Slug == slug).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                errors[nameof(input.Unit)] = "Đơn vị không tồn tại.";
            }
        }

        string? documentType = null;
        if (!string.IsNullOrWhiteSpace(input.DocumentType))
        {
            var key = input.DocumentType.Trim().ToLowerInvariant();
            documentType = await db.DocumentTypes.AsNoTracking().Where(t => t.Key == key).Select(t => t.Key).FirstOrDefaultAsync(ct);
            if (documentType is null)
            {
                errors[nameof(input.DocumentType)] = "Loại văn bản không tồn tại.";
            }
        }

        var from = ParseDate(input.From, nameof(input.From), "Từ ngày", errors);
        var to = ParseDate(input.To, nameof(input.To), "Đến ngày", errors);
        if (from is not null && to is not null && from > to)
        {
            errors[nameof(input.To)] = "“Đến ngày” phải sau hoặc bằng “Từ ngày”.";
        }

        var sort = SearchSort.Relevance;
        switch (input.Sort?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance" or "lien-quan": break;
            case "newest" or "moi-nhat": sort = SearchSort.Newest; break;
            default: errors[nameof(input.Sort)] = "Cách sắp xếp không hợp lệ."; break;
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(input.Page)
            && (!int.TryParse(input.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage))
        {
            errors[nameof(input.Page)] = $"Số trang phải là số từ 1 đến {MaxPage}.";
            page = 1;
        }

        var empty = new Dictionary<string, int>();
        if (errors.Count > 0 || query.IsEmpty)
        {
            return new SearchOutcome(errors, query.IsEmpty, [], 0, empty, page, 1, query);
        }

        var request = new SearchRequest(portalId, query)
        {
            Reader = reader,
            Type = type,
            CategoryId = categoryId,
            UnitId = unitId,
            DocumentType = documentType,
            FromUtc = from is { } f ? VietnamTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : null,
            ToUtc = to is { } t ? VietnamTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
        var results = await index.QueryAsync(request, clock.GetUtcNow().UtcDateTime, ct);
        var origins = await PortalScope.OriginsAsync(db, portals, portalId, [.. results.Hits.Select(h => h.Id)], ct);
        var items = results.Hits.Select(h => new SearchItem(h.Type, SearchTypes.ToVietnamese(h.Type), h.Title, Snippets.Highlight(h.Title, query),
            h.Url, Snippets.Excerpt(h.Body, h.Summary, query), h.PublishedAt, h.Code) { Origin = origins.GetValueOrDefault(h.Id)?.Name }).ToList();
        return new SearchOutcome(errors, false, items, results.Total, results.CountsByType, page, results.TotalPages, query)
        {
            TotalIsCapped = results.TotalIsCapped,
            CappedTypes = results.CappedTypes,
            CountsAreCapped = results.CountsAreCapped,
        };
    }

    /// <summary>Titles for the search box as the reader types; nothing before <see cref="SuggestMinLength"/> letters.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(int portalId, DocumentReader reader, string? q, CancellationToken ct = default)
    {
        var text = VietnameseText.Clean(q);
        if (text.Length < SuggestMinLength || text.Length > MaxQueryLength)
        {
            return [];
        }
        var query = ParsedQuery.Parse(text, lastIsPrefix: true);
        return await index.SuggestAsync(portalId, query, reader, clock.GetUtcNow().UtcDateTime, SuggestionCount, ct);
    }

    private static DateOnly? ParseDate(string? value, string key, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1900 and <= 9998)
        {
            return date;
        }
        errors[key] = $"“{label}” không phải là ngày hợp lệ (ngày/tháng/năm).";
        return null;
    }
}
