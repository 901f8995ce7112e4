using System.Collections.Concurrent;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Components;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>
/// Every public page shows its portal's main menu, and menus change rarely: each portal's menu is kept in memory and
/// forgotten when a menu item is saved (<see cref="Infrastructure.Web.Caching.CacheEvictionInterceptor"/>, the same
/// place that evicts the cached pages showing it), so rendering a page costs no menu query.
/// </summary>
public sealed class PortalMenus
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<MenuLink>> _menus = new();
    private readonly Lock _lock = new();
    private long _version;

    public void Invalidate()
    {
        lock (_lock)
        {
            _version++;
            _menus.Clear();
        }
    }

    public async Task<IReadOnlyList<MenuLink>> GetAsync(DangBoDbContext db, int portalId, CancellationToken ct = default)
    {
        if (_menus.TryGetValue(portalId, out var menu))
        {
            return menu;
        }
        long version;
        lock (_lock)
        {
            version = _version;
        }
        menu = await LoadAsync(db, portalId, ct);
        lock (_lock)
        {
            // A save committed while this was read may have changed the menu: use what was read, but do not keep it.
            if (_version == version)
            {
                _menus[portalId] = menu;
            }
        }
        return menu;
    }

    private static async Task<IReadOnlyList<MenuLink>> LoadAsync(DangBoDbContext db, int portalId, CancellationToken ct)
    {
        var items = await db.MenuItems.AsNoTracking()
            .Where(m => m.PortalId == portalId)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.ParentId, m.Title, m.Url })
            .ToListAsync(ct);
        var children = items.Where(m => m.ParentId is not null).ToLookup(m => m.ParentId!.Value);
        return items.Where(m => m.ParentId is null)
            .Select(m => new MenuLink(m.Title, m.Url, children[m.Id].Select(c => new MenuLink(c.Title, c.Url, [])).ToList()))
            .ToList();
    }
}
