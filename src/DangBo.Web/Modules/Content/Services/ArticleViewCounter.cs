using System.Collections.Concurrent;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>
/// Counts reads of article pages in memory, cached pages included (the count is taken from the address, which a cache hit
/// has too), and adds them to the articles' stored counts in batches. Keyed by portal and slug, so counting needs no query;
/// the batch finds the article, the portal's own or one it carries for another portal.
/// </summary>
public sealed class ArticleViewCounter : IPageViewObserver, IBatchedCounter
{
    public TimeSpan FlushInterval => TimeSpan.FromSeconds(30);

    public const string ArticlePage = "/Content/Pages/Article";

    private readonly ConcurrentDictionary<(int PortalId, string Slug), long> _pending = new();

    void IPageViewObserver.Viewed(HttpContext context, int portalId)
    {
        // A 200 from the article page is for its one canonical address: any other spelling was redirected.
        if (context.GetRouteValue("page") as string == ArticlePage && context.GetRouteValue("articleSlug") is string slug)
        {
            Record(portalId, slug);
        }
    }

    public void Record(int portalId, string slug) => _pending.AddOrUpdate((portalId, slug), 1, (_, n) => n + 1);

    public long Pending(int portalId, string slug) => _pending.TryGetValue((portalId, slug), out var n) ? n : 0;

    public async Task FlushAsync(IServiceProvider services, CancellationToken ct)
    {
        if (_pending.IsEmpty)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        foreach (var key in _pending.Keys)
        {
            if (!_pending.TryRemove(key, out var count) || count == 0)
            {
                continue;
            }
            var (portalId, slug) = key;
            try
            {
                // A bulk update: no change tracking, so no cache eviction or re-indexing for a number readers are not shown.
                var updated = await db.Articles
                    .Where(a => a.Slug == slug && a.PortalId == portalId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), ct);
                if (updated == 0)
                {
                    // Not the portal's own: an article it carries for another portal, read in place.
                    var carried = db.ArticleShares.Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted).Select(s => s.ArticleId);
                    await db.Articles
                        .Where(a => a.Slug == slug && carried.Contains(a.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), ct);
                }
            }
            catch
            {
                // Put the views back so they are not lost when the database is briefly unavailable.
                _pending.AddOrUpdate(key, count, (_, n) => n + count);
                throw;
            }
        }
    }
}
