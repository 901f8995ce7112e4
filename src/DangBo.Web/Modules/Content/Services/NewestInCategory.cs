using System.Collections.Concurrent;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>
/// The newest articles readers see in each category, kept in memory. An article's page lists the newest others of its
/// category, the same few for every article there, and reading them was a third of what an uncached article page cost
/// on PostgreSQL (a round trip to the server for five rows). A list is forgotten when any article or category is saved
/// (<see cref="Infrastructure.Web.Caching.CacheEvictionInterceptor"/>, the place that evicts the cached pages showing
/// it), and when the next article dated for later in its category falls due, since that one appears without a save.
/// </summary>
public sealed class NewestInCategory(TimeProvider clock)
{
    /// <param name="Until">When the list stops being true by itself: the publication time of the category's next article dated for later.</param>
    public sealed record Entry(IReadOnlyList<ArticleCard> Cards, DateTime? Until);

    private readonly ConcurrentDictionary<(int PortalId, int CategoryId, int Count), Entry> _entries = new();
    private readonly Lock _lock = new();
    private long _version;

    /// <summary>Articles or categories were saved: every list is read again.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _version++;
            _entries.Clear();
        }
    }

    /// <summary>The category's <paramref name="count"/> newest articles, from memory or else from <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<ArticleCard>> GetAsync(int portalId, int categoryId, int count, Func<CancellationToken, Task<Entry>> read,
        CancellationToken ct = default)
    {
        var key = (portalId, categoryId, count);
        if (_entries.TryGetValue(key, out var entry) && !(clock.GetUtcNow().UtcDateTime >= entry.Until))
        {
            return entry.Cards;
        }
        long version;
        lock (_lock)
        {
            version = _version;
        }
        entry = await read(ct);
        lock (_lock)
        {
            // A save committed while this was read may have changed the list: use what was read, but do not keep it.
            if (_version == version)
            {
                _entries[key] = entry;
            }
        }
        return entry.Cards;
    }
}
