using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Content.Feeds;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Feeds;

/// <summary>
/// RSS of the portal's documents library, newest issued first. A feed is public whoever asks (feed readers
/// keep no sign-in, and the response is cached for everyone), so it lists public documents only.
/// </summary>
public static class DocumentFeed
{
    public static IEndpointRouteBuilder MapDocumentFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentsUrls.Feed, FeedAsync).CachePublicly();
        return app;
    }

    private static async Task<IResult> FeedAsync(HttpRequest request, CurrentPortal currentPortal, DangBoDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await currentPortal.FindAsync(ct) is not { } portal)
        {
            return TypedResults.NotFound();
        }
        // Every document save evicts the portal's listings (CacheEvictionInterceptor).
        request.HttpContext.TagResponse(CacheTags.Listings(portal.Id));
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.PortalId == portal.Id)
            .VisibleTo(DocumentReader.Anonymous)
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
            .Take(RssFeed.ItemCount)
            .Select(d => new
            {
                d.Id, d.Slug, d.Code, d.Summary, d.IssuedOn, d.CreatedAt, TypeName = d.DocumentType!.Name,
                Issuer = d.IssuerUnit != null ? d.IssuerUnit.Name : d.IssuerName,
            })
            .ToListAsync(ct);
        var items = rows.Select(d =>
        {
            var issued = VietnamTime.ToUtc(d.IssuedOn.ToDateTime(TimeOnly.MinValue));
            var description = d.Summary + (d.Issuer is null ? "" : $" ({d.Issuer} ban hành ngày {d.IssuedOn:dd/MM/yyyy})");
            return new RssItem($"{d.TypeName} số {d.Code}", SiteAddress.Absolute(request, DocumentsUrls.Document(d.Id, d.Slug)), description,
                issued < d.CreatedAt ? issued : d.CreatedAt, d.TypeName, null, null);
        }).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var channel = new RssChannel(
            $"Văn bản - {portal.Name}",
            SiteAddress.Absolute(request, DocumentsUrls.Library),
            $"Nghị quyết, chỉ thị, kết luận, quy định, quyết định và các văn bản công khai mới của {portal.Name}",
            SiteAddress.Absolute(request, DocumentsUrls.Feed),
            items.Count > 0 ? items.Max(i => i.PublishedAt) : now,
            portal.LogoPath is null ? null : SiteAddress.Absolute(request, portal.LogoPath));
        return TypedResults.Bytes(RssFeed.Write(channel, items), RssFeed.ContentType);
    }
}
