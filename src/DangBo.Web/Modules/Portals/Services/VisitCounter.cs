using System.Collections.Concurrent;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>
/// Counts public page views in memory and adds them to the portal's stored total in batches,
/// so reading a page never writes to the database.
/// </summary>
public sealed class VisitCounter(TimeProvider clock) : IPageViewObserver, IBatchedCounter
{
    public TimeSpan FlushInterval => TimeSpan.FromSeconds(10);

    /// <summary>How long a portal's stored total is trusted before it is read again (another instance may add to it).</summary>
    public static readonly TimeSpan StoredTotalLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, long> _pending = new();
    private readonly ConcurrentDictionary<int, (long Total, DateTimeOffset ReadAt)> _stored = new();

    public void Record(int portalId) => _pending.AddOrUpdate(portalId, 1, (_, n) => n + 1);

    void IPageViewObserver.Viewed(HttpContext context, int portalId) => Record(portalId);

    public long Pending(int portalId) => _pending.TryGetValue(portalId, out var n) ? n : 0;

    /// <summary>
    /// The portal's visits, stored and pending, as the footer shows them. The stored part is read at most once a minute
    /// (and kept up to date by <see cref="FlushAsync"/>), so a page render does not query it.
    /// </summary>
    public async Task<long> TotalAsync(DangBoDbContext db, int portalId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (!_stored.TryGetValue(portalId, out var stored) || now - stored.ReadAt > StoredTotalLifetime)
        {
            var total = await db.Portals.AsNoTracking().Where(p => p.Id == portalId).Select(p => p.VisitCount).FirstOrDefaultAsync(ct);
            stored = (total, now);
            _stored[portalId] = stored;
        }
        return stored.Total + Pending(portalId);
    }

    public async Task FlushAsync(IServiceProvider services, CancellationToken ct)
    {
        if (_pending.IsEmpty)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        foreach (var portalId in _pending.Keys)
        {
            if (!_pending.TryRemove(portalId, out var count) || count == 0)
            {
                continue;
            }
            try
            {
                await db.Portals.Where(p => p.Id == portalId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.VisitCount, p => p.VisitCount + count), ct);
                // The views moved from pending to stored: the remembered total follows, so the footer never goes back.
                _stored.AddOrUpdate(portalId, _ => (0, DateTimeOffset.MinValue), (_, t) => (t.Total + count, t.ReadAt));
            }
            catch
            {
                // Put the views back so they are not lost when the database is briefly unavailable.
                _pending.AddOrUpdate(portalId, count, (_, n) => n + count);
                throw;
            }
        }
    }
}
