using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.Menu;

public sealed class MenuItemFormInput
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public int? ParentId { get; set; }
    public int SortOrder { get; set; }

    public MenuItemInput ToInput() => new(Title, Url, ParentId, SortOrder);

    public static MenuItemFormInput From(MenuItem m) => new() { Title = m.Title, Url = m.Url, ParentId = m.ParentId, SortOrder = m.SortOrder };
}

public interface IMenuItemFormPage
{
    MenuItemFormInput Input { get; }
    IReadOnlyList<OptionItem> Parents { get; }
}

public static class MenuForms
{
    /// <summary>Top-level entries, the only ones that can hold children.</summary>
    public static async Task<IReadOnlyList<OptionItem>> ParentsAsync(DangBoDbContext db, int portalId, int? exceptId, CancellationToken ct) =>
        await db.MenuItems.AsNoTracking().Where(m => m.PortalId == portalId && m.ParentId == null && m.Id != (exceptId ?? 0))
            .OrderBy(m => m.SortOrder).Select(m => new OptionItem(m.Id, m.Title)).ToListAsync(ct);
}
