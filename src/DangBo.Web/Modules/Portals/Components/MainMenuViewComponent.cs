using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;

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
public sealed class MainMenuViewComponent(DangBoDbContext db, CurrentPortal currentPortal, PortalMenus menus) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var portal = await currentPortal.GetAsync(HttpContext.RequestAborted);
        var menu = await menus.GetAsync(db, portal.Id, HttpContext.RequestAborted);
        return View(new MainMenuView(menu, HttpContext.Request.Path.Value ?? "/"));
    }
}
