using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangBo.Web.Modules.Search.Api;

/// <summary>
/// One result; <see cref="Code"/> is a document's number and code as written (06-NQ/TU), null for articles;
/// <see cref="Origin"/> names the portal an item comes from when this portal carries it for another, null for its own.
/// </summary>
public sealed record SearchApiItem(string Type, string Title, string Url, string Snippet, DateTime Date, string? Code, string? Origin = null);

/// <summary>
/// <see cref="Total"/> and each count stop at 1,000: <see cref="TotalIsCapped"/> (and a type in <see cref="CappedTypes"/>)
/// means "more than"; <see cref="TotalText"/> says it for people ("hơn 1.000"). Past the cap for all types together,
/// <see cref="CountsByType"/> holds only the type asked for, if any. Only the first 500 results can be paged to.
/// </summary>
public sealed record SearchApiResponse(string Query, int Total, bool TotalIsCapped, string TotalText, int Page, int PageSize, int TotalPages,
    IReadOnlyDictionary<string, int> CountsByType, IReadOnlyList<string> CappedTypes, IReadOnlyList<SearchApiItem> Items);

/// <summary>
/// GET /api/v1/search for the members' app and integrations: the same search as the results page. Snippets are
/// HTML-encoded text in which only &lt;mark&gt; is markup. Anonymous callers are rate-limited.
/// </summary>
public static class SearchApi
{
    public const int PageSize = 20;

    public static void MapSearchApi(this WebApplication app)
    {
        app.MapGet(SearchUrls.Api, SearchAsync).RequireRateLimiting(SearchModule.RateLimitPolicy);
        app.MapGet(SearchUrls.Suggestions, SuggestAsync).RequireRateLimiting(SearchModule.RateLimitPolicy);
    }

    private static async Task<Results<Ok<SearchApiResponse>, ProblemHttpResult, ValidationProblem>> SearchAsync(
        string? q, string? type, string? category, string? from, string? to, string? sort, string? page, string? unit, string? documentType,
        HttpRequest request, CurrentPortal currentPortal, DocumentReaders readers, ReaderSearch search, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var reader = await readers.ForAsync(request.HttpContext.User, ct);
        var outcome = await search.SearchAsync(portal.Id, reader, new SearchInput(q, type, category, from, to, sort, page, unit, documentType), PageSize, ct);
        if (!outcome.IsValid)
        {
            return TypedResults.ValidationProblem(
                outcome.Errors.ToDictionary(e => e.Key.ToLowerInvariant(), e => new[] { e.Value }),
                title: "Tham số tìm kiếm không hợp lệ.");
        }
        if (outcome.IsEmptyQuery)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Thiếu từ khóa tìm kiếm.",
                detail: "Hãy nhập từ khóa vào tham số q.");
        }
        var items = outcome.Items.Select(i => new SearchApiItem(i.Type, i.Title, request.AbsoluteUrl(i.Url), i.SnippetHtml, i.PublishedAt, i.Code, i.Origin)).ToList();
        return TypedResults.Ok(new SearchApiResponse(VietnameseText.Clean(q), outcome.Total, outcome.TotalIsCapped,
            SearchOutcome.FormatCount(outcome.Total, outcome.TotalIsCapped), outcome.Page, PageSize, outcome.TotalPages, outcome.CountsByType,
            [.. outcome.CappedTypes.Order(StringComparer.Ordinal)], items));
    }

    private static async Task<Ok<IReadOnlyList<SearchSuggestion>>> SuggestAsync(string? q, HttpContext context, CurrentPortal currentPortal,
        DocumentReaders readers, ReaderSearch search, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var suggestions = await search.SuggestAsync(portal.Id, await readers.ForAsync(context.User, ct), q, ct);
        // Addresses the browser follows as they are: inside a sub-portal they carry its prefix.
        var pathBase = context.Request.PathBase;
        return TypedResults.Ok<IReadOnlyList<SearchSuggestion>>([.. suggestions.Select(s =>
            Portals.Services.PortalRouting.NeedsPrefix(s.Url, pathBase) ? s with { Url = pathBase + s.Url } : s)]);
    }
}
