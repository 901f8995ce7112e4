using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>One block of the home page as shown: its articles, or its topics for a topics block.</summary>
public sealed record HomeBlockView(HomeBlockKind Kind, string Title, IReadOnlyList<ArticleCard> Articles,
    IReadOnlyList<TopicCard> Topics, string? MoreUrl)
{
    public bool IsEmpty => Articles.Count == 0 && Topics.Count == 0;
}

/// <summary>Composes the home page from the portal's visible blocks, in order; one query per block.</summary>
public sealed class HomePage(DangBoDbContext db, PublishedArticles articles, PortalDirectory portals, TimeProvider clock)
{
    private const int MaxItems = 30;

    public async Task<IReadOnlyList<HomeBlockView>> BuildAsync(int portalId, CancellationToken ct = default)
    {
        var blocks = await db.HomeBlocks.AsNoTracking()
            .Where(b => b.PortalId == portalId && b.IsVisible)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .ToListAsync(ct);
        var categoryIds = blocks.Where(b => b.CategoryId is not null).Select(b => b.CategoryId!.Value).Distinct().ToList();
        var categories = await db.Categories.AsNoTracking()
            .Where(c => c.PortalId == portalId && categoryIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Slug })
            .ToDictionaryAsync(c => c.Id, ct);

        // Articles carried for other portals feed both the latest-news block and their own block: read them once.
        var carriedCount = blocks.Where(b => b.Kind is HomeBlockKind.Latest or HomeBlockKind.Carried).Select(b => Math.Clamp(b.ItemCount, 1, MaxItems)).DefaultIfEmpty(0).Max();
        IReadOnlyList<ArticleCard> carried = carriedCount == 0 ? [] : await articles.CarriedAsync(portalId, carriedCount, ct);
        // A category block lists what the category's page does, carried articles included. Fewer than asked for came back:
        // they are all the portal carries (nearly always none), and the blocks take theirs from them. Otherwise the
        // slugs they are carried in say which blocks have any to read.
        var allCarried = carriedCount > 0 && carried.Count < carriedCount ? carried : null;
        var carriedSlugs = categories.Count == 0 ? []
            : allCarried is not null ? [.. allCarried.Select(c => c.CategorySlug)]
            : await articles.CarriedCategorySlugsAsync(portalId, ct);
        var views = new List<HomeBlockView>(blocks.Count);
        foreach (var block in blocks)
        {
            var count = Math.Clamp(block.ItemCount, 1, MaxItems);
            var title = string.IsNullOrWhiteSpace(block.Title) ? block.Kind.ToVietnamese() : block.Title;
            switch (block.Kind)
            {
                case HomeBlockKind.Featured:
                    views.Add(new(block.Kind, title, await articles.FeaturedAsync(portalId, count, ct), [], null));
                    break;
                case HomeBlockKind.Latest:
                    views.Add(new(block.Kind, title, await articles.LatestAsync(portalId, count, ct, carried), [], null));
                    break;
                case HomeBlockKind.Category when block.CategoryId is int id && categories.TryGetValue(id, out var category):
                    var name = string.IsNullOrWhiteSpace(block.Title) ? category.Name : block.Title;
                    var latest = carriedSlugs.Contains(category.Slug)
                        ? await articles.LatestInCategoryWithCarriedAsync(portalId, id, category.Slug, category.Name, count, ct, allCarried)
                        : await articles.LatestInCategoryAsync(portalId, id, category.Slug, category.Name, count, ct);
                    views.Add(new(block.Kind, name, latest, [], ContentUrls.Category(category.Slug)));
                    break;
                case HomeBlockKind.Topics:
                    views.Add(new(block.Kind, title, [], await db.ActiveTopicCards(portalId).Take(count).ToListAsync(ct), ContentUrls.Topics));
                    break;
                case HomeBlockKind.Carried:
                    views.Add(new(block.Kind, title, [.. carried.Take(count)], [], null));
                    break;
                case HomeBlockKind.SubPortals:
                    views.Add(new(block.Kind, title, await FromPortalsBelowAsync(portalId, count, ct), [], PortalRouting.Prefix));
                    break;
            }
        }
        return views;
    }

    /// <summary>
    /// The newest articles of the portals below this one, each linking to its own portal.
    /// </summary>
    private async Task<List<ArticleCard>> FromPortalsBelowAsync(int portalId, int count, CancellationToken ct)
    {
        var set = await portals.GetAsync(ct);
        if (set.ById(portalId) is not { } portal)
        {
            return [];
        }
        // The portals' ids, even for the root (where "any other portal" would do): the (portal, status, published) index then
        // reads only their articles, however many the portal itself has.
        var below = set.Below(portal).Select(p => p.Id).ToList();
        if (below.Count == 0)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var fromBelow = db.Articles.AsNoTracking().PublicAt(now).Where(a => below.Contains(a.PortalId));
        // The newest first, looked for in the last week, then the last quarter, then at all: walking the newest articles of
        // the whole installation until enough from below turn up reads every article when the portals below publish
        // rarely (a sequential scan of 100,000 articles, 70-80 ms on PostgreSQL); a date range bounds what is read.
        var found = new List<(int PortalId, ArticleCard Card)>();
        foreach (var window in new TimeSpan?[] { TimeSpan.FromDays(7), TimeSpan.FromDays(90), null })
        {
            var recent = window is { } days ? fromBelow.Where(a => a.PublishedAt >= now - days) : fromBelow;
            found = [.. (await recent
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count)
                .Select(a => new { a.PortalId, Card = new ArticleCard(a.Id, a.Title, a.Slug, a.Category!.Slug, a.Category.Name, a.Lead,
                    a.CoverImagePath, a.CoverImageCaption, a.PublishedAt!.Value, null, null) })
                .ToListAsync(ct)).Select(r => (r.PortalId, r.Card))];
            if (found.Count == count)
            {
                break;
            }
        }
        return [.. found.Select(r => (r.Card, Portal: set.ById(r.PortalId))).Where(r => r.Portal is not null)
            .Select(r => r.Card with { Origin = r.Portal!.Name, PortalBase = r.Portal.BasePath, OriginPortalId = r.Portal.Id })];
    }
}
