using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Infrastructure.Web.Caching;

/// <summary>
/// Knows the next scheduled publication time, so that an article published "for later" appears on time although
/// nothing is written to the database when its time comes. Checked before every cache lookup for the cost of one
/// comparison; when the time has passed, the tags of the articles that became visible are evicted (one query; a second for the portals carrying them when any is due).
/// </summary>
public sealed class PublicationSchedule(IServiceScopeFactory scopes, IOutputCacheStore store, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly DateTime _startedAt = clock.GetUtcNow().UtcDateTime;
    private DateTime? _checkedUpTo;
    private DateTime? _next;
    private volatile bool _known;

    /// <summary>Articles were saved: the next scheduled time must be read again.</summary>
    public void Invalidate() => _known = false;

    public async ValueTask EvictDueAsync(CancellationToken ct)
    {
        if (_known && !(clock.GetUtcNow().UtcDateTime >= _next))
        {
            return;
        }
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (_known && !(now >= _next))
            {
                return;
            }
            _known = true;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
            // Everything cached before the start was cached by another process: nothing to evict at first.
            var since = _checkedUpTo ?? _startedAt;
            var due = await db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > since && a.PublishedAt <= now)
                .Select(a => new { a.Id, a.PortalId, a.CategoryId })
                .ToListAsync(ct);
            var tags = due.SelectMany(a => CacheTags.ForArticle(a.PortalId, a.Id, a.CategoryId)).ToList();
            if (due.Count > 0)
            {
                // Portals carrying them list them too: home page, site feed, category of the same slug.
                var dueIds = due.Select(a => a.Id).ToList();
                tags.AddRange((await db.ArticleShares.AsNoTracking().Where(s => dueIds.Contains(s.ArticleId)).CarryingPortals()
                    .ToListAsync(ct)).Select(CacheTags.Carried));
            }
            foreach (var tag in tags.Distinct())
            {
                await store.EvictByTagAsync(tag, ct);
            }
            _next = await db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now)
                .MinAsync(a => a.PublishedAt, ct);
            _checkedUpTo = now;
        }
        catch
        {
            _known = false;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }
}
