using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Components;

public sealed record MenuLink(string Title, string Url, IReadOnlyList<MenuLink> Children)
{
    public bool IsExternal => !Url.StartsWith('/');
}

public sealed record MainMenuView(IReadOnlyList<MenuLink> Items, string CurrentPath)
{
    /// <summary>The item for the page being shown (aria-current="page").</summary>
    public bool IsCurrent(MenuLink item) => !item.IsExternal && string.Equals(item.Url, CurrentPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The item whose section contains the page, e.g. a category for one of its articles.</summary>
    public bool IsInSection(MenuLink item) =>
        IsCurrent(item) || item.Children.Any(IsInSection)
        || !item.IsExternal && item.Url != "/" && CurrentPath.StartsWith(item.Url.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The portal's main menu: top-level items with one level of children.</summary>
public sealed class MainMenuViewComponent(DangBoDbContext db, CurrentPortal currentPortal) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var portal = await currentPortal.GetAsync(HttpContext.RequestAborted);
        var items = await db.MenuItems.AsNoTracking()
            .Where(m => m.PortalId == portal.Id)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.ParentId, m.Title, m.Url })
            .ToListAsync(HttpContext.RequestAborted);
        var children = items.Where(m => m.ParentId is not null).ToLookup(m => m.ParentId!.Value);
        var menu = items.Where(m => m.ParentId is null)
            .Select(m => new MenuLink(m.Title, m.Url, children[m.Id].Select(c => new MenuLink(c.Title, c.Url, [])).ToList()))
            .ToList();
        return View(new MainMenuView(menu, HttpContext.Request.Path.Value ?? "/"));
    }
}
