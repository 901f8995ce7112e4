using System.Data.Common;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangBo.Web.Infrastructure.Web.Caching;

/// <summary>
/// The one place cached public pages are evicted: every save of public content, whoever makes it (editor,
/// importer, demo seed, future features), passes through here. Before the save it reads from the change tracker
/// what the change touches (old and new category of a moved article, ...); after a successful save, or after the
/// commit when the save is inside a transaction, it evicts those tags. A second eviction a moment later covers a
/// page that was being rendered from the old data while the save happened.
/// </summary>
public sealed class CacheEvictionInterceptor(
    IOutputCacheStore store,
    IServiceScopeFactory scopes,
    PublicationSchedule schedule,
    PortalDirectory portals,
    PortalMenus menus,
    NewestInCategory newestInCategory,
    ILogger<CacheEvictionInterceptor> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private const string UnitTag = "unit:";
    // Not tags but questions answered once the change is stored: which portals carry this article, or articles of this
    // category? Their category pages list carried articles by category slug, which such a change can move them into;
    // their home page and site feed list the newest they carry, which a (re)publication can bring in.
    private const string CarriersOfArticle = "?carriers-of-article:";
    private const string CarriersOfCategory = "?carriers-of-category:";
    private static readonly TimeSpan SecondEvictionDelay = TimeSpan.FromMilliseconds(750);

    private sealed class Pending
    {
        public readonly HashSet<string> Saving = [];
        public readonly HashSet<string> Committed = [];
    }

    private readonly PerContext<Pending> _pending = new();

    // ---- Saves ----

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await AfterSave(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context, savingOnly: true);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, savingOnly: true);
        return Task.CompletedTask;
    }

    // ---- Transactions: evict only what was committed ----

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        AfterCommit(eventData.Context).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) => await AfterCommit(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context, savingOnly: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, savingOnly: false);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Forget(eventData.Context, savingOnly: false);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, savingOnly: false);
        return Task.CompletedTask;
    }

    // ---- What a change touches ----

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var pending = _pending.GetOrCreate(context);
        lock (pending)
        {
            pending.Saving.Clear();
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                {
                    TagsOf(entry, pending.Saving);
                }
            }
        }
    }

    private void TagsOf(EntityEntry entry, HashSet<string> tags)
    {
        switch (entry.Entity)
        {
            case Article article:
                foreach (var values in Versions(entry))
                {
                    tags.UnionWith(CacheTags.ForArticle(Int(values, nameof(Article.PortalId)), article.Id, Int(values, nameof(Article.CategoryId))));
                }
                if (entry.State == EntityState.Modified && (entry.Property(nameof(Article.CategoryId)).IsModified || PublicationChanged(entry)))
                {
                    tags.Add(CarriersOfArticle + article.Id);
                }
                break;
            case ArticleShare share:
                // The carrying portal's lists (home, category pages and feeds) and the article's page there.
                tags.Add(CacheTags.Article(share.ArticleId));
                tags.Add(CacheTags.Home(share.PortalId));
                tags.Add(CacheTags.Listings(share.PortalId));
                tags.Add(CacheTags.Carried(share.PortalId));
                break;
            case Category category:
                tags.Add(CacheTags.Category(category.Id));
                PortalLists(category.PortalId, tags);
                if (entry.State == EntityState.Modified && entry.Property(nameof(Category.Slug)).IsModified)
                {
                    tags.Add(CarriersOfCategory + category.Id);
                }
                if (entry.State != EntityState.Modified || entry.Property(nameof(Category.Slug)).IsModified)
                {
                    // A category of a new slug here now lists (and names in their breadcrumb) the articles carried in one of that slug.
                    tags.Add(CacheTags.Carried(category.PortalId));
                }
                break;
            case Topic topic:
                tags.Add(CacheTags.Topic(topic.Id));
                PortalLists(topic.PortalId, tags);
                break;
            case StaticPage page:
                tags.Add(CacheTags.StaticPage(page.Id));
                tags.Add(CacheTags.Pages(page.PortalId));
                tags.Add(CacheTags.Listings(page.PortalId));
                break;
            case MenuItem item:
                tags.Add(CacheTags.Menu(item.PortalId));
                break;
            case HomeBlock block:
                tags.Add(CacheTags.Home(block.PortalId));
                break;
            case Portal portal:
                // The visit count is not shown from the entity (the counter adds to it with a bulk update).
                if (entry.State != EntityState.Modified || entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Portal.VisitCount)))
                {
                    tags.Add(CacheTags.Portal(portal.Id));
                    tags.Add(CacheTags.PortalList);
                }
                break;
            case OrganisationUnit unit:
                tags.Add(CacheTags.Organisation);
                // A portal's unit path is part of what the request knows about its portal.
                tags.Add(UnitTag + unit.Id);
                break;
            case Modules.Documents.Models.Document document:
                // The XML sitemap (tagged with the portal's listings) names every public document.
                tags.Add(CacheTags.Listings(document.PortalId));
                break;
            case Leader:
                tags.Add(CacheTags.Organisation);
                break;
            case Dictionary<string, object>:
                // Many-to-many rows (an article's topics): the article page names its topics; topic pages list the article.
                foreach (var property in entry.Properties)
                {
                    if (property.CurrentValue is int id && property.Metadata.IsForeignKey())
                    {
                        var principal = property.Metadata.GetContainingForeignKeys().First().PrincipalEntityType.ClrType;
                        if (principal == typeof(Article))
                        {
                            tags.Add(CacheTags.Article(id));
                        }
                        else if (principal == typeof(Topic))
                        {
                            tags.Add(CacheTags.Topic(id));
                        }
                    }
                }
                break;
        }
    }

    /// <summary>Published or unpublished, or its publication time moved: not the review steps before publication.</summary>
    private static bool PublicationChanged(EntityEntry entry)
    {
        var status = entry.Property(nameof(Article.Status));
        return (status.IsModified && (status.OriginalValue is ArticleStatus.Published || status.CurrentValue is ArticleStatus.Published))
            || (entry.Property(nameof(Article.PublishedAt)).IsModified && status.CurrentValue is ArticleStatus.Published);
    }

    private static void PortalLists(int portalId, HashSet<string> tags)
    {
        tags.Add(CacheTags.Home(portalId));
        tags.Add(CacheTags.Listings(portalId));
        tags.Add(CacheTags.Topics(portalId));
    }

    /// <summary>The values before and after the change: a moved article leaves one category and joins another.</summary>
    private static IEnumerable<PropertyValues> Versions(EntityEntry entry) => entry.State switch
    {
        EntityState.Modified => [entry.OriginalValues, entry.CurrentValues],
        _ => [entry.CurrentValues],
    };

    private static int Int(PropertyValues values, string name) => values.GetValue<int>(name);

    // ---- Eviction ----

    private async ValueTask AfterSave(DbContext? context)
    {
        if (context is null || !_pending.TryGet(context, out var pending))
        {
            return;
        }
        string[] tags;
        lock (pending)
        {
            if (context.Database.CurrentTransaction is not null)
            {
                pending.Committed.UnionWith(pending.Saving);
                pending.Saving.Clear();
                return;
            }
            tags = [.. pending.Saving];
            pending.Saving.Clear();
        }
        await EvictAsync(tags);
    }

    private async ValueTask AfterCommit(DbContext? context)
    {
        if (context is null || !_pending.TryGet(context, out var pending))
        {
            return;
        }
        string[] tags;
        lock (pending)
        {
            tags = [.. pending.Committed];
            pending.Committed.Clear();
        }
        await EvictAsync(tags);
    }

    private void Forget(DbContext? context, bool savingOnly)
    {
        if (context is not null && _pending.TryGet(context, out var pending))
        {
            lock (pending)
            {
                pending.Saving.Clear();
                if (!savingOnly)
                {
                    pending.Committed.Clear();
                }
            }
        }
    }

    /// <summary>
    /// An article moved to another category, published, unpublished or re-dated, or a category's slug changed (editor
    /// actions, not every save): the portals carrying such an article lose or gain it on a category page, their home
    /// page or site feed (<see cref="CacheTags.Carried"/>). Read from the stored shares, in a context of its own: the
    /// interceptor knows only the changed rows.
    /// </summary>
    private async Task<string[]> CarriersAnsweredAsync(string[] tags)
    {
        static List<int> Ids(string[] tags, string prefix) =>
            [.. tags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => int.Parse(t[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture))];
        var articleIds = Ids(tags, CarriersOfArticle);
        var categoryIds = Ids(tags, CarriersOfCategory);
        var answered = tags.Where(t => !t.StartsWith('?')).ToList();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
            var portalIds = await db.ArticleShares.AsNoTracking()
                .Where(s => articleIds.Contains(s.ArticleId) || categoryIds.Contains(s.Article!.CategoryId))
                .CarryingPortals().ToListAsync();
            answered.AddRange(portalIds.Select(CacheTags.Carried));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not find the portals carrying moved articles; their category pages stay cached until they expire.");
        }
        return [.. answered];
    }

    private async ValueTask EvictAsync(string[] tags)
    {
        if (tags.Length == 0)
        {
            return;
        }
        // Process-wide knowledge read from the database is refreshed only once the change is stored.
        if (tags.Any(t => t.StartsWith("article:", StringComparison.Ordinal)))
        {
            schedule.Invalidate();
        }
        if (tags.Any(t => t.StartsWith("portal:", StringComparison.Ordinal) || t.StartsWith(UnitTag, StringComparison.Ordinal)))
        {
            portals.Invalidate();
        }
        if (tags.Any(t => t.StartsWith("menu:", StringComparison.Ordinal)))
        {
            menus.Invalidate();
        }
        if (tags.Any(t => t.StartsWith("article:", StringComparison.Ordinal) || t.StartsWith("category:", StringComparison.Ordinal)))
        {
            newestInCategory.Invalidate();
        }
        if (tags.Any(t => t.StartsWith('?')))
        {
            tags = await CarriersAnsweredAsync(tags);
        }
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(SecondEvictionDelay);
                foreach (var tag in tags)
                {
                    await store.EvictByTagAsync(tag, CancellationToken.None);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Second eviction of cached pages failed.");
            }
        });
    }
}
