using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>An article as listed to readers (home blocks, category and topic pages, related articles).</summary>
/// <remarks><see cref="Origin"/> names the portal an article carried from another portal comes from (null for the portal's own).</remarks>
public sealed record ArticleCard(int Id, string Title, string Slug, string CategorySlug, string CategoryName,
    string Lead, string? CoverImagePath, string? CoverImageCaption, DateTime PublishedAt, string? Origin = null, string? PortalBase = null)
{
    /// <summary>The article's address: on the current portal, or on another portal when <see cref="PortalBase"/> names it.</summary>
    public string Url => PortalBase + ContentUrls.Article(CategorySlug, Slug);
}

/// <summary>A published article with everything its public page shows.</summary>
public sealed record ArticleDetail(int Id, string Title, string Slug, int CategoryId, string CategorySlug, string CategoryName,
    string Lead, string BodyHtml, string? CoverImagePath, string? CoverImageCaption, string? Author, string? PenName,
    string? Source, DateTime PublishedAt, DateTime UpdatedAt, IReadOnlyList<TopicLink> Topics, int? OriginPortalId = null, string? OriginName = null)
{
    /// <summary>True when the article belongs to another portal and this one carries it.</summary>
    public bool IsCarried => OriginPortalId is not null;

    public string Url => ContentUrls.Article(CategorySlug, Slug);
    public string PrintUrl => ContentUrls.ArticlePrint(CategorySlug, Slug);
    public string? Byline => string.IsNullOrWhiteSpace(PenName) ? Author : PenName;
}

public sealed record TopicLink(string Name, string Slug, int Id = 0)
{
    public string Url => ContentUrls.Topic(Slug);
}

/// <summary>One page of a longer list; page numbers start at 1.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}

/// <summary>
/// What readers may see of a portal's articles. Every public query starts from <see cref="Of"/>, so only
/// published articles ever reach a public page.
/// </summary>
public sealed class PublishedArticles(DangBoDbContext db, TimeProvider clock)
{
    public const int PageSize = 12;

    public IQueryable<Article> Of(int portalId) =>
        db.Articles.AsNoTracking().VisibleToReaders(portalId, clock.GetUtcNow().UtcDateTime);

    public Task<List<ArticleCard>> FeaturedAsync(int portalId, int count, CancellationToken ct = default)
    {
        // Compared with a parameter, not written as a bare column: SQLite then walks the (portal, featured, status,
        // published) index instead of reading article rows until enough featured ones turn up.
        var featured = true;
        return Cards(Newest(Of(portalId).Where(a => a.IsFeatured == featured)).Take(count)).ToListAsync(ct);
    }

    /// <summary>The newest articles the portal shows: its own and those it carries for other portals.</summary>
    /// <param name="carried">The portal's carried articles when the caller already has them (newest first, at least <paramref name="count"/> or all).</param>
    public async Task<List<ArticleCard>> LatestAsync(int portalId, int count, CancellationToken ct = default, IReadOnlyList<ArticleCard>? carried = null)
    {
        var own = await Cards(Newest(Of(portalId)).Take(count)).ToListAsync(ct);
        carried ??= await CarriedAsync(portalId, count, ct);
        return carried.Count == 0 ? own
            : [.. own.Concat(carried).OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Take(count)];
    }

    /// <summary>
    /// Articles of other portals this portal carries: accepted proposals from below and pushes from above. Starts
    /// from the portal's shares (few) rather than from the articles (many).
    /// </summary>
    public IQueryable<Article> CarriedBy(int portalId) =>
        db.ArticleShares.AsNoTracking()
            .Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted)
            .Select(s => s.Article!)
            .PublicAt(clock.GetUtcNow().UtcDateTime);

    public Task<List<ArticleCard>> CarriedAsync(int portalId, int count, CancellationToken ct = default) =>
        Newest(CarriedBy(portalId)).Take(count)
            .Select(a => new ArticleCard(a.Id, a.Title, a.Slug, a.Category!.Slug, a.Category.Name, a.Lead,
                a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value, db.Portals.Where(p => p.Id == a.PortalId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(ct);

    /// <remarks>The caller knows the category: its slug and name are not joined in (see <see cref="CardsIn"/>).</remarks>
    public Task<List<ArticleCard>> LatestInCategoryAsync(int portalId, int categoryId, string categorySlug, string categoryName, int count,
        CancellationToken ct = default) =>
        CardsIn(Newest(Of(portalId).Where(a => a.CategoryId == categoryId)).Take(count), categorySlug, categoryName).ToListAsync(ct);

    public async Task<List<ArticleCard>> RelatedAsync(ArticleDetail article, int portalId, int count, CancellationToken ct = default)
    {
        var related = new List<ArticleCard>(count);
        await foreach (var card in RelatedQuery.For(db)(db, portalId, article.CategoryId, article.Id, clock.GetUtcNow().UtcDateTime, count,
            article.CategorySlug, article.CategoryName).WithCancellation(ct))
        {
            related.Add(card);
        }
        return related;
    }

    /// <summary>Null when the page does not exist (beyond the last page; page 1 always exists).</summary>
    public Task<PagedList<ArticleCard>?> PageOfCategoryAsync(int portalId, int categoryId, string categorySlug, string categoryName, int page,
        CancellationToken ct = default) =>
        PageAsync(Of(portalId).Where(a => a.CategoryId == categoryId), page, ct, articles => CardsIn(articles, categorySlug, categoryName));

    /// <remarks>
    /// Counted from the topic's links (a few thousand at most): written as a join, SQLite's planner drives it from the
    /// portal's articles and probes the links for each of them (55 ms at 100,000 articles, with or without statistics).
    /// SQLite keeps the order of a CROSS JOIN, which EF cannot write, so the count is SQL; its visibility test is
    /// <see cref="ArticleQueries.VisibleToReaders"/>'s, spelled out. PostgreSQL plans it as any join.
    /// </remarks>
    public async Task<PagedList<ArticleCard>?> PageOfTopicAsync(int portalId, int topicId, int page, CancellationToken ct = default)
    {
        if (page < 1)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var published = (int)ArticleStatus.Published;
        var total = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value"
            FROM "ArticleTopics" x CROSS JOIN "Articles" a
            WHERE a."Id" = x."ArticlesId" AND x."TopicsId" = {topicId}
              AND a."PortalId" = {portalId} AND a."Status" = {published} AND a."PublishedAt" IS NOT NULL AND a."PublishedAt" <= {now}
            """).SingleAsync(ct);
        var articles = db.Topics.AsNoTracking().Where(t => t.Id == topicId).SelectMany(t => t.Articles).VisibleToReaders(portalId, now);
        return await PageAsync(articles, page, total, ct);
    }

    /// <summary>The portal's own article with that slug, or else one it carries for another portal.</summary>
    public async Task<ArticleDetail?> FindAsync(int portalId, string slug, CancellationToken ct = default)
    {
        var article = await OwnArticleQuery.For(db)(db, portalId, slug, clock.GetUtcNow().UtcDateTime, ct)
            ?? await CarriedBy(portalId).Where(a => a.Slug == slug).OrderByDescending(a => a.PublishedAt)
            .Select(a => new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt!.Value, a.UpdatedAt,
                new List<TopicLink>(), a.PortalId, db.Portals.Where(p => p.Id == a.PortalId).Select(p => p.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return null;
        }
        // Its own small query: joined into the one above, SQLite materialised every topic link of every article
        // (150 ms a page at 100,000 articles).
        var topics = new List<TopicLink>();
        await foreach (var topic in TopicsQuery.For(db)(db, article.Id).WithCancellation(ct))
        {
            topics.Add(topic);
        }
        return article with { Topics = topics };
    }

    // The article page's queries, compiled once: an uncached article page is the hottest path of a portal (readers arriving
    // from search engines and shared links), and building and looking up the LINQ query cost more than SQLite answering it.
    // A compiled query cannot call VisibleToReaders, so its rule is spelled out in the two queries that need it.

    private static readonly CompiledQuery<Func<DangBoDbContext, int, string, DateTime, CancellationToken, Task<ArticleDetail?>>> OwnArticleQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, string slug, DateTime now, CancellationToken ct) =>
            db.Articles.AsNoTracking()
                .Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .Where(a => a.Slug == slug)
                .Select(a => new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                    a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt!.Value, a.UpdatedAt,
                    new List<TopicLink>(), null, null))
                .FirstOrDefault()));

    // Read from the link table itself: through the skip navigation EF joins the articles too, and SQLite spends longer
    // planning that join than answering it.
    private static readonly CompiledQuery<Func<DangBoDbContext, int, IAsyncEnumerable<TopicLink>>> TopicsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int articleId) =>
            db.Set<Dictionary<string, object>>("ArticleTopics")
                .Where(link => EF.Property<int>(link, "ArticlesId") == articleId)
                .Join(db.Topics, link => EF.Property<int>(link, "TopicsId"), t => t.Id, (link, t) => t)
                .OrderBy(t => t.SortOrder)
                .Select(t => new TopicLink(t.Name, t.Slug, t.Id))));

    // Related articles share the article's category, so its slug and name are passed in: joining the categories made
    // EF nest the query and SQLite plan a join, which cost more than finding the five articles.
    private static readonly CompiledQuery<Func<DangBoDbContext, int, int, int, DateTime, int, string, string, IAsyncEnumerable<ArticleCard>>> RelatedQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, int categoryId, int articleId, DateTime now, int count, string categorySlug, string categoryName) =>
            db.Articles.AsNoTracking()
                .Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .Where(a => a.CategoryId == categoryId && a.Id != articleId)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count)
                .Select(a => new ArticleCard(a.Id, a.Title, a.Slug, categorySlug, categoryName, a.Lead,
                    a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value, null, null))));

    private static async Task<PagedList<ArticleCard>?> PageAsync(IQueryable<Article> articles, int page, CancellationToken ct,
        Func<IQueryable<Article>, IQueryable<ArticleCard>>? cards = null) =>
        page < 1 ? null : await PageAsync(articles, page, await articles.CountAsync(ct), ct, cards);

    private static async Task<PagedList<ArticleCard>?> PageAsync(IQueryable<Article> articles, int page, int total, CancellationToken ct,
        Func<IQueryable<Article>, IQueryable<ArticleCard>>? cards = null)
    {
        if (page < 1)
        {
            return null;
        }
        var list = new PagedList<ArticleCard>([], page, PageSize, total);
        if (page > list.TotalPages)
        {
            return null;
        }
        var items = await (cards ?? Cards)(Newest(articles).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return list with { Items = items };
    }

    // Id breaks ties so that paging is stable when two articles share a publication time.
    private static IQueryable<Article> Newest(IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    private static IQueryable<ArticleCard> Cards(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(a.Id, a.Title, a.Slug, a.Category!.Slug, a.Category.Name, a.Lead,
            a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value));

    // Articles of one category, named by the caller: joining the categories made EF nest the query and SQLite plan a
    // join on every page, which cost more than reading the page of articles (a home page has a list per category).
    private static IQueryable<ArticleCard> CardsIn(IQueryable<Article> articles, string categorySlug, string categoryName) =>
        articles.Select(a => new ArticleCard(a.Id, a.Title, a.Slug, categorySlug, categoryName, a.Lead,
            a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value));
}
