using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Content.Feeds;

/// <summary>Documents for machines: RSS feeds, XML sitemaps and robots.txt, all for the portal of the request.</summary>
public static class FeedEndpoints
{
    private const string SignInPath = "/dang-nhap";

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ContentUrls.SiteFeed, SiteFeedAsync).CachePublicly();
        app.MapGet(ContentUrls.CategoryFeed("{categorySlug}"), CategoryFeedAsync).CachePublicly();
        app.MapGet(ContentUrls.XmlSitemap, SitemapAsync).CachePublicly();
        // The route spelling of ContentUrls.XmlSitemapPage.
        app.MapGet("/sitemap-{page:int}.xml", SitemapPageAsync).CachePublicly();
        app.MapGet(ContentUrls.RobotsTxt, RobotsTxt).CachePublicly();
        return app;
    }

    /// <summary>
    /// What the home page's latest news shows: the portal's own articles and those it carries for other portals, each
    /// at its address here, so a reader following the portal misses nothing its home page lists.
    /// </summary>
    private static async Task<IResult> SiteFeedAsync(HttpRequest request, CurrentPortal currentPortal, PortalDirectory portals, DangBoDbContext db,
        PublishedArticles articles, TimeProvider clock, CancellationToken ct)
    {
        if (await currentPortal.FindAsync(ct) is not { } portal)
        {
            return TypedResults.NotFound();
        }
        var carriedIds = await articles.NewestCarriedIdsAsync(portal.Id, RssFeed.ItemCount, ct);
        request.HttpContext.TagResponse([CacheTags.Listings(portal.Id), CacheTags.Carried(portal.Id), .. carriedIds.Select(CacheTags.Article)]);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await RssFeed.LoadItemsAsync(db, request, portal.Id, categoryId: null, now, ct, carriedIds, await portals.GetAsync(ct));
        var channel = new RssChannel(
            portal.Name,
            SiteAddress.Absolute(request, ContentUrls.Home),
            string.IsNullOrWhiteSpace(portal.Tagline) ? $"Tin mới nhất của {portal.Name}" : portal.Tagline,
            SiteAddress.Absolute(request, ContentUrls.SiteFeed),
            items.Count > 0 ? items.Max(i => i.PublishedAt) : now,
            portal.LogoPath is null ? null : SiteAddress.Absolute(request, portal.LogoPath));
        return TypedResults.Bytes(RssFeed.Write(channel, items), RssFeed.ContentType);
    }

    private static async Task<IResult> CategoryFeedAsync(string categorySlug, HttpRequest request, CurrentPortal currentPortal, PortalDirectory portals,
        DangBoDbContext db, PublishedArticles articles, TimeProvider clock, CancellationToken ct)
    {
        if (await currentPortal.FindAsync(ct) is not { } portal)
        {
            return TypedResults.NotFound();
        }
        var category = await db.Categories.AsNoTracking()
            .Where(c => c.PortalId == portal.Id && c.Slug == categorySlug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Description })
            .FirstOrDefaultAsync(ct);
        if (category is null)
        {
            return TypedResults.NotFound();
        }
        var carried = await articles.CarriedInCategoryAsync(portal.Id, category.Slug, ct);
        request.HttpContext.TagResponse([CacheTags.Category(category.Id), .. CacheTags.ForCarriedIn(portal.Id, carried)]);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await RssFeed.LoadItemsAsync(db, request, portal.Id, category.Id, now, ct, [.. carried.Visible.Select(k => k.Id)], await portals.GetAsync(ct));
        var channel = new RssChannel(
            $"{category.Name} - {portal.Name}",
            SiteAddress.Absolute(request, ContentUrls.Category(category.Slug)),
            string.IsNullOrWhiteSpace(category.Description) ? $"Tin bài chuyên mục {category.Name} của {portal.Name}" : category.Description,
            SiteAddress.Absolute(request, ContentUrls.CategoryFeed(category.Slug)),
            items.Count > 0 ? items.Max(i => i.PublishedAt) : now,
            portal.LogoPath is null ? null : SiteAddress.Absolute(request, portal.LogoPath));
        return TypedResults.Bytes(RssFeed.Write(channel, items), RssFeed.ContentType);
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, CurrentPortal currentPortal, DangBoDbContext db, TimeProvider clock,
        IOptions<SitemapOptions> options, CancellationToken ct)
    {
        if (await currentPortal.FindAsync(ct) is not { } portal)
        {
            return TypedResults.NotFound();
        }
        request.HttpContext.TagResponse(CacheTags.Listings(portal.Id));
        var sitemap = new Sitemap(db, portal.Id, clock.GetUtcNow().UtcDateTime);
        var pageSize = options.Value.EffectivePageSize;
        var total = await sitemap.CountAsync(ct);
        var root = SiteAddress.Root(request);
        if (total > pageSize)
        {
            var pageCount = (total + pageSize - 1) / pageSize;
            return TypedResults.Stream(stream => Sitemap.WriteIndexAsync(stream, root, pageCount), Sitemap.ContentType);
        }
        return TypedResults.Stream(stream => Sitemap.WriteUrlSetAsync(stream, root, sitemap.EntriesAsync(0, pageSize, ct), ct), Sitemap.ContentType);
    }

    private static async Task<IResult> SitemapPageAsync(int page, HttpRequest request, CurrentPortal currentPortal, DangBoDbContext db, TimeProvider clock,
        IOptions<SitemapOptions> options, CancellationToken ct)
    {
        if (await currentPortal.FindAsync(ct) is not { } portal)
        {
            return TypedResults.NotFound();
        }
        request.HttpContext.TagResponse(CacheTags.Listings(portal.Id));
        var sitemap = new Sitemap(db, portal.Id, clock.GetUtcNow().UtcDateTime);
        var pageSize = options.Value.EffectivePageSize;
        var pageCount = Math.Max(1, (await sitemap.CountAsync(ct) + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount)
        {
            return TypedResults.NotFound();
        }
        var root = SiteAddress.Root(request);
        return TypedResults.Stream(stream => Sitemap.WriteUrlSetAsync(stream, root, sitemap.EntriesAsync((page - 1) * pageSize, pageSize, ct), ct), Sitemap.ContentType);
    }

    private static IResult RobotsTxt(HttpRequest request)
    {
        var text = $"""
            User-agent: *
            Allow: /
            Disallow: /{WebSetup.BackOfficePrefix}
            Disallow: {SignInPath}

            Sitemap: {SiteAddress.Absolute(request, ContentUrls.XmlSitemap)}

            """;
        return TypedResults.Text(text, "text/plain; charset=utf-8");
    }
}
