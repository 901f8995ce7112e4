using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>An article as listed to readers (home blocks, category and topic pages, related articles).</summary>
/// <remarks>
/// <see cref="Origin"/> names the portal an article carried from another portal comes from (null for the portal's own);
/// <see cref="OriginPortalId"/> is that portal, for pages to be evicted when it is renamed.
/// </remarks>
public sealed record ArticleCard(int Id, string Title, string Slug, string CategorySlug, string CategoryName,
    string Lead, string? CoverImagePath, string? CoverImageCaption, DateTime PublishedAt, string? Origin = null, string? PortalBase = null,
    int? OriginPortalId = null)
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

/// <summary>A category of the current portal, named in a link (a carried article's breadcrumb).</summary>
public sealed record CategoryLink(int Id, string Name, string Slug)
{
    public string Url => ContentUrls.Category(Slug);
}

/// <summary>What a portal carries into one of its categories (see <see cref="ArticleQueries.InCategoryOfSlug"/>).</summary>
/// <param name="ArticleIds">Every article carried there, public or not: a cached list goes when any of them changes (published later, unpublished, edited).</param>
/// <param name="Visible">Those readers see now, newest first.</param>
public sealed record CarriedInCategory(IReadOnlyList<int> ArticleIds, IReadOnlyList<CarriedInCategory.Key> Visible)
{
    public sealed record Key(int Id, DateTime PublishedAt, int OriginPortalId);

    public static readonly CarriedInCategory None = new([], []);
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
public sealed class PublishedArticles(DangBoDbContext db, TimeProvider clock, NewestInCategory newestInCategory)
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
        return Merged(own, carried, count);
    }

    /// <summary>
    /// The ids of the newest articles the portal carries that readers see now (at most <paramref name="count"/>): the
    /// site feed's carried items. Compiled, because the feed asks on every uncached request and it is nearly always empty.
    /// </summary>
    public async Task<List<int>> NewestCarriedIdsAsync(int portalId, int count, CancellationToken ct = default)
    {
        var ids = new List<int>();
        await foreach (var id in NewestCarriedIdsQuery.For(db)(db, portalId, clock.GetUtcNow().UtcDateTime, count).WithCancellation(ct))
        {
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>
    /// The category slugs of the articles the portal carries, public or not (a handful): which of its categories'
    /// lists have carried articles to merge in (see <see cref="ArticleQueries.InCategoryOfSlug"/>). Compiled and nearly
    /// always empty, like <see cref="CarriedInCategoryAsync"/>'s first query.
    /// </summary>
    public async Task<HashSet<string>> CarriedCategorySlugsAsync(int portalId, CancellationToken ct = default)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var slug in CarriedSlugsQuery.For(db)(db, portalId).WithCancellation(ct))
        {
            slugs.Add(slug);
        }
        return slugs;
    }

    /// <summary>
    /// The portal's category of that slug, if it has one: a carried article read here at /tin-tuc/&lt;slug&gt;/... is
    /// listed in it (<see cref="ArticleQueries.InCategoryOfSlug"/>).
    /// </summary>
    public Task<CategoryLink?> CategoryOfSlugAsync(int portalId, string categorySlug, CancellationToken ct = default) =>
        CategoryOfSlugQuery.For(db)(db, portalId, categorySlug, ct);

    /// <summary>
    /// Articles of other portals this portal carries: accepted proposals from below and pushes from above. Starts
    /// from the portal's shares (few) rather than from the articles (many).
    /// </summary>
    public IQueryable<Article> CarriedBy(int portalId) =>
        db.ArticleShares.AsNoTracking().CarriedBy(portalId).PublicAt(clock.GetUtcNow().UtcDateTime);

    /// <summary>The articles this portal carries into its category of that slug, as readers see them.</summary>
    public IQueryable<Article> CarriedBy(int portalId, string categorySlug) => CarriedBy(portalId).InCategoryOfSlug(categorySlug);

    public Task<List<ArticleCard>> CarriedAsync(int portalId, int count, CancellationToken ct = default) =>
        CarriedCards(Newest(CarriedBy(portalId)).Take(count)).ToListAsync(ct);

    /// <summary>
    /// What the portal carries into its category of that slug. The first query reads the portal's accepted shares through
    /// their (portal, status) index and is empty for most categories; the visible ones are read only when there are any.
    /// </summary>
    public async Task<CarriedInCategory> CarriedInCategoryAsync(int portalId, string categorySlug, CancellationToken ct = default)
    {
        var ids = new List<int>();
        await foreach (var id in CarriedIdsQuery.For(db)(db, portalId, categorySlug).WithCancellation(ct))
        {
            ids.Add(id);
        }
        if (ids.Count == 0)
        {
            return CarriedInCategory.None;
        }
        var visible = await Newest(CarriedBy(portalId, categorySlug))
            .Select(a => new CarriedInCategory.Key(a.Id, a.PublishedAt!.Value, a.PortalId))
            .ToListAsync(ct);
        return new CarriedInCategory(ids, visible);
    }

    /// <remarks>The caller knows the category: its slug and name are not joined in (see <see cref="CardsIn"/>).</remarks>
    public Task<List<ArticleCard>> LatestInCategoryAsync(int portalId, int categoryId, string categorySlug, string categoryName, int count,
        CancellationToken ct = default) =>
        CardsIn(Newest(Of(portalId).Where(a => a.CategoryId == categoryId)).Take(count), categorySlug, categoryName).ToListAsync(ct);

    /// <summary>
    /// The newest articles the category shows, as its page does: the portal's own merged with those it carries there.
    /// Ask only when <see cref="CarriedCategorySlugsAsync"/> names the slug, or with <paramref name="allCarried"/>;
    /// otherwise <see cref="LatestInCategoryAsync"/> is the same list.
    /// </summary>
    /// <param name="allCarried">Every article the portal carries that readers see now, when the caller has them all
    /// (newest first): those of the slug are taken from it instead of being read.</param>
    public async Task<List<ArticleCard>> LatestInCategoryWithCarriedAsync(int portalId, int categoryId, string categorySlug, string categoryName, int count,
        CancellationToken ct = default, IReadOnlyList<ArticleCard>? allCarried = null)
    {
        var own = await LatestInCategoryAsync(portalId, categoryId, categorySlug, categoryName, count, ct);
        var carried = allCarried is not null
            ? [.. allCarried.Where(c => c.CategorySlug == categorySlug).Take(count)]
            : await CarriedCards(Newest(CarriedBy(portalId, categorySlug)).Take(count)).ToListAsync(ct);
        return Merged(own, carried, count);
    }

    /// <summary>
    /// The <paramref name="count"/> newest other articles of the article's category (on its own portal). Every article of a
    /// category lists nearly the same ones, so the category's newest are kept in memory (<see cref="NewestInCategory"/>).
    /// </summary>
    public async Task<List<ArticleCard>> RelatedAsync(ArticleDetail article, int portalId, int count, CancellationToken ct = default)
    {
        var newest = await newestInCategory.GetAsync(portalId, article.CategoryId, count + 1, async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cards = new List<ArticleCard>(count + 1);
            await foreach (var card in NewestInCategoryQuery.For(db)(db, portalId, article.CategoryId, now, count + 1,
                article.CategorySlug, article.CategoryName).WithCancellation(ct))
            {
                cards.Add(card);
            }
            // An article dated for later joins the list when its time comes, without any save to say so.
            var next = await db.Articles.AsNoTracking()
                .Where(a => a.PortalId == portalId && a.CategoryId == article.CategoryId && a.Status == ArticleStatus.Published && a.PublishedAt > now)
                .MinAsync(a => a.PublishedAt, ct);
            return new NewestInCategory.Entry(cards, next);
        }, ct);
        return [.. newest.Where(c => c.Id != article.Id).Take(count)];
    }

    /// <summary>
    /// The portal's own articles of the category merged, newest first, with those it carries there
    /// (<paramref name="carried"/>, from <see cref="CarriedInCategoryAsync"/>). Null when the page does not exist
    /// (beyond the last page; page 1 always exists).
    /// </summary>
    /// <remarks>
    /// With nothing carried, the page is the own articles' page as it always was. Otherwise the K carried articles can push
    /// an own article at most K places down, so the page's own articles lie among own positions [skip - K, skip + size):
    /// that window (at most size + K rows) merged in memory with the carried keys gives the page; only the carried
    /// articles that land on it are read in full.
    /// </remarks>
    public async Task<PagedList<ArticleCard>?> PageOfCategoryAsync(int portalId, int categoryId, string categorySlug, string categoryName, int page,
        CarriedInCategory carried, CancellationToken ct = default)
    {
        var own = Of(portalId).Where(a => a.CategoryId == categoryId);
        if (carried.Visible.Count == 0)
        {
            return await PageAsync(own, page, ct, articles => CardsIn(articles, categorySlug, categoryName));
        }
        if (page < 1)
        {
            return null;
        }
        var list = new PagedList<ArticleCard>([], page, PageSize, await own.CountAsync(ct) + carried.Visible.Count);
        if (page > list.TotalPages)
        {
            return null;
        }
        var skip = (page - 1) * PageSize;
        var from = Math.Max(0, skip - carried.Visible.Count);
        var window = await CardsIn(Newest(own).Skip(from).Take(skip + PageSize - from), categorySlug, categoryName).ToListAsync(ct);
        var merged = window.Select(c => (c.Id, c.PublishedAt, Card: (ArticleCard?)c))
            .Concat(carried.Visible.Select(k => (k.Id, k.PublishedAt, Card: (ArticleCard?)null)))
            .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
            .Skip(skip - from).Take(PageSize)
            .ToList();
        var carriedIds = merged.Where(x => x.Card is null).Select(x => x.Id).ToList();
        var carriedCards = carriedIds.Count == 0 ? []
            : await CarriedCards(db.Articles.AsNoTracking().PublicAt(clock.GetUtcNow().UtcDateTime).Where(a => carriedIds.Contains(a.Id)))
                .ToDictionaryAsync(c => c.Id, ct);
        // One unpublished between the two reads is left out rather than shown.
        return list with { Items = [.. merged.Select(x => x.Card ?? carriedCards.GetValueOrDefault(x.Id)).OfType<ArticleCard>()] };
    }

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
        var now = clock.GetUtcNow().UtcDateTime;
        if (db.IsPostgres)
        {
            // One round trip on PostgreSQL: there the link table joins cheaply, and a query is a round trip to another process.
            if (await OwnArticleWithTopicsQuery.For(db)(db, portalId, slug, now, ct) is { } own)
            {
                return own;
            }
        }
        var article = (db.IsPostgres ? null : await OwnArticleQuery.For(db)(db, portalId, slug, now, ct))
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
            db.Articles.AsNoTracking().Prepared()
                .Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .Where(a => a.Slug == slug)
                .Select(a => new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                    a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt!.Value, a.UpdatedAt,
                    new List<TopicLink>(), null, null))
                .FirstOrDefault()));

    private static readonly CompiledQuery<Func<DangBoDbContext, int, string, DateTime, CancellationToken, Task<ArticleDetail?>>> OwnArticleWithTopicsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, string slug, DateTime now, CancellationToken ct) =>
            db.Articles.AsNoTracking().Prepared()
                .Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .Where(a => a.Slug == slug)
                .Select(a => new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                    a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt!.Value, a.UpdatedAt,
                    a.Topics.OrderBy(t => t.SortOrder).Select(t => new TopicLink(t.Name, t.Slug, t.Id)).ToList(), null, null))
                .FirstOrDefault()));

    private static readonly CompiledQuery<Func<DangBoDbContext, int, DateTime, int, IAsyncEnumerable<int>>> NewestCarriedIdsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, DateTime now, int count) =>
            db.ArticleShares.AsNoTracking()
                .Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted)
                .Select(s => s.Article!)
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count)
                .Select(a => a.Id)));

    private static readonly CompiledQuery<Func<DangBoDbContext, int, IAsyncEnumerable<string>>> CarriedSlugsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId) =>
            db.ArticleShares.AsNoTracking()
                .Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted)
                .Select(s => s.Article!.Category!.Slug)
                .Distinct()));

    private static readonly CompiledQuery<Func<DangBoDbContext, int, string, CancellationToken, Task<CategoryLink?>>> CategoryOfSlugQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, string categorySlug, CancellationToken ct) =>
            db.Categories.AsNoTracking().Prepared()
                .Where(c => c.PortalId == portalId && c.Slug == categorySlug)
                .Select(c => new CategoryLink(c.Id, c.Name, c.Slug))
                .FirstOrDefault()));

    // Every category page and feed asks it, and it is nearly always empty: compiled, it costs about what a trivial query
    // does, where the LINQ form cost several times more. The rule of ArticleQueries.CarriedBy and InCategoryOfSlug, spelled out.
    private static readonly CompiledQuery<Func<DangBoDbContext, int, string, IAsyncEnumerable<int>>> CarriedIdsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, string categorySlug) =>
            db.ArticleShares.AsNoTracking()
                .Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted && s.Article!.Category!.Slug == categorySlug)
                .Select(s => s.ArticleId)));

    // Read from the link table itself: through the skip navigation EF joins the articles too, and SQLite spends longer
    // planning that join than answering it.
    private static readonly CompiledQuery<Func<DangBoDbContext, int, IAsyncEnumerable<TopicLink>>> TopicsQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int articleId) =>
            db.Set<Dictionary<string, object>>("ArticleTopics").Prepared()
                .Where(link => EF.Property<int>(link, "ArticlesId") == articleId)
                .Join(db.Topics, link => EF.Property<int>(link, "TopicsId"), t => t.Id, (link, t) => t)
                .OrderBy(t => t.SortOrder)
                .Select(t => new TopicLink(t.Name, t.Slug, t.Id))));

    // Related articles share the article's category, so its slug and name are passed in: joining the categories made
    // EF nest the query and SQLite plan a join, which cost more than finding the five articles.
    private static readonly CompiledQuery<Func<DangBoDbContext, int, int, DateTime, int, string, string, IAsyncEnumerable<ArticleCard>>> NewestInCategoryQuery = new(() =>
        EF.CompileAsyncQuery((DangBoDbContext db, int portalId, int categoryId, DateTime now, int count, string categorySlug, string categoryName) =>
            db.Articles.AsNoTracking().Prepared()
                .Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                .Where(a => a.CategoryId == categoryId)
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

    // Carried articles name the portal they come from; their address is on the carrying portal (no PortalBase).
    private IQueryable<ArticleCard> CarriedCards(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(a.Id, a.Title, a.Slug, a.Category!.Slug, a.Category.Name, a.Lead,
            a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value, db.Portals.Where(p => p.Id == a.PortalId).Select(p => p.Name).FirstOrDefault(), null,
            a.PortalId));

    private static List<ArticleCard> Merged(List<ArticleCard> own, IReadOnlyList<ArticleCard> carried, int count) =>
        carried.Count == 0 ? own : [.. own.Concat(carried).OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Take(count)];

    private static IQueryable<ArticleCard> Cards(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(a.Id, a.Title, a.Slug, a.Category!.Slug, a.Category.Name, a.Lead,
            a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value));

    // Articles of one category, named by the caller: joining the categories made EF nest the query and SQLite plan a
    // join on every page, which cost more than reading the page of articles (a home page has a list per category).
    private static IQueryable<ArticleCard> CardsIn(IQueryable<Article> articles, string categorySlug, string categoryName) =>
        articles.Select(a => new ArticleCard(a.Id, a.Title, a.Slug, categorySlug, categoryName, a.Lead,
            a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value));
}
