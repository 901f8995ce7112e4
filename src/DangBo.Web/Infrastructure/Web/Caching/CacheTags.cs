using Microsoft.AspNetCore.OutputCaching;

namespace DangBo.Web.Infrastructure.Web.Caching;

/// <summary>
/// The names of what a cached public response shows. A response carries the tags of everything it shows;
/// <see cref="CacheEvictionInterceptor"/> evicts the tags of everything a save changes.
/// </summary>
public static class CacheTags
{
    /// <summary>Every public response of the portal (layout: name, logo, footer).</summary>
    public static string Portal(int portalId) => $"portal:{portalId}";

    /// <summary>Every public HTML page of the portal (main menu).</summary>
    public static string Menu(int portalId) => $"menu:{portalId}";

    public static string Home(int portalId) => $"home:{portalId}";

    /// <summary>Whole-portal lists: site feed, sitemaps, feed list, HTML site map.</summary>
    public static string Listings(int portalId) => $"listings:{portalId}";

    /// <summary>Topic pages and the topic list: article membership changes land here.</summary>
    public static string Topics(int portalId) => $"topics:{portalId}";

    /// <summary>Introduction pages and the introduction index.</summary>
    public static string Pages(int portalId) => $"pages:{portalId}";

    public static string Category(int categoryId) => $"category:{categoryId}";

    /// <summary>
    /// The portal's pages that list the articles it carries for other portals (home page, site feed, category pages and
    /// feeds) or place them in its categories (a carried article's breadcrumb): a share to the portal accepted, declined or
    /// withdrawn; a carried article published, unpublished, re-dated or moved to another category; a category of the
    /// portal created, removed or given another slug. (Edits of a carried article reach them through its <see cref="Article"/> tag.)
    /// </summary>
    public static string Carried(int portalId) => $"carried:{portalId}";

    public static string Article(int articleId) => $"article:{articleId}";
    public static string Topic(int topicId) => $"topic:{topicId}";
    public static string StaticPage(int pageId) => $"page:{pageId}";

    /// <summary>Pages listing the news of several portals (the "news of the units" home block): any article change.</summary>
    public const string TreeNews = "tree-news";

    /// <summary>The list of every portal of the tree.</summary>
    public const string PortalList = "portal-list";

    /// <summary>The organisation structure page (units and leaders).</summary>
    public const string Organisation = "organisation";

    /// <summary>What an article appears on: its page, its category, and the portal's lists.</summary>
    public static IEnumerable<string> ForArticle(int portalId, int articleId, int categoryId)
    {
        yield return Article(articleId);
        yield return TreeNews;
        yield return Category(categoryId);
        yield return Home(portalId);
        yield return Listings(portalId);
        yield return Topics(portalId);
    }

    /// <summary>What a category page or feed shows beyond its own articles: the articles carried into it, their portals' names.</summary>
    public static IEnumerable<string> ForCarriedIn(int portalId, Modules.Content.Services.CarriedInCategory carried) =>
        [Carried(portalId), .. carried.ArticleIds.Select(Article), .. carried.Visible.Select(k => Portal(k.OriginPortalId)).Distinct()];

    /// <summary>Adds tags to the response being cached, if it is being cached (no-op otherwise).</summary>
    public static void TagResponse(this HttpContext context, params IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }
}
