using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class ArticleModel(CurrentPortal currentPortal, PortalDirectory portals, PublishedArticles articles) : PageModel
{
    public const int RelatedCount = 5;

    public ArticleDetail Article { get; private set; } = null!;
    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];
    public string AbsoluteUrl { get; private set; } = "";
    public string? AbsoluteImageUrl { get; private set; }
    /// <summary>For an article carried from another portal: its one canonical address, on its own portal.</summary>
    public string? OriginUrl { get; private set; }
    /// <summary>For a carried article: this portal's category of the same slug as its own, which lists it (null when there is none).</summary>
    public CategoryLink? CarryingCategory { get; private set; }
    public string JsonLd { get; private set; } = "";
    public IReadOnlyList<ShareLink> ShareLinks { get; private set; } = [];

    [ViewData] public string? Title { get; set; }
    [ViewData] public string? Description { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }

    public async Task<IActionResult> OnGetAsync(string? categorySlug, string? articleSlug, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(categorySlug) || string.IsNullOrWhiteSpace(articleSlug))
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var article = await articles.FindAsync(portal.Id, articleSlug.ToLowerInvariant(), ct);
        if (article is null)
        {
            return NotFound();
        }
        if (!string.Equals(categorySlug, article.CategorySlug, StringComparison.Ordinal) || articleSlug != article.Slug)
        {
            // The article moved to another category (or the address was typed differently): one address per article.
            return RedirectPermanent(article.Url);
        }
        // The page shows the article, its category's name and latest articles, and its topics' names.
        HttpContext.TagResponse([CacheTags.Article(article.Id), CacheTags.Category(article.CategoryId), .. article.Topics.Select(t => CacheTags.Topic(t.Id))]);
        Article = article;
        if (article.OriginPortalId is int originId && (await portals.GetAsync(ct)).ById(originId) is { } origin)
        {
            // Carried for another portal: read here, but its address is the origin's.
            HttpContext.TagResponse(CacheTags.Portal(originId));
            OriginUrl = $"{Request.Scheme}://{Request.Host.ToUriComponent()}{origin.Url(article.Url)}";
            // The breadcrumb names the category listing it here: gone when that category is renamed or removed (its tag),
            // or when one of that slug is created here (the portal's carried tag).
            CarryingCategory = await articles.CategoryOfSlugAsync(portal.Id, article.CategorySlug, ct);
            HttpContext.TagResponse(CarryingCategory is null ? [CacheTags.Carried(portal.Id)] : [CacheTags.Carried(portal.Id), CacheTags.Category(CarryingCategory.Id)]);
            Related = [.. (await articles.LatestAsync(portal.Id, RelatedCount + 1, ct)).Where(a => a.Id != article.Id).Take(RelatedCount)];
            // That list is the home page's latest news: it goes when they do.
            HttpContext.TagResponse([CacheTags.Home(portal.Id), .. Related.Where(r => r.Origin is not null).Select(r => CacheTags.Article(r.Id))]);
        }
        else
        {
            Related = await articles.RelatedAsync(article, portal.Id, RelatedCount, ct);
        }
        AbsoluteUrl = OriginUrl ?? Request.AbsoluteUrl(article.Url);
        AbsoluteImageUrl = string.IsNullOrEmpty(article.CoverImagePath) ? null : Request.AbsoluteUrl(article.CoverImagePath);
        JsonLd = ArticleMetadata.NewsArticleJsonLd(article, AbsoluteUrl, AbsoluteImageUrl, portal.Name,
            Request.AbsoluteUrl(string.IsNullOrEmpty(portal.LogoPath) ? "/img/logo.svg" : portal.LogoPath));
        ShareLinks = ArticleMetadata.ShareLinks(AbsoluteUrl, article.Title);
        Title = article.Title;
        Description = article.Lead;
        CanonicalPath = OriginUrl ?? article.Url;
        return Page();
    }
}

/// <summary>The article's content for the shared partial; share links are null where it has no public address yet (previews).</summary>
public sealed record ArticleView(ArticleDetail Article, IReadOnlyList<ShareLink>? ShareLinks);
