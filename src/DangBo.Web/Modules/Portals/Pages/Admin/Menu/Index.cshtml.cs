using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.Menu;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    /// <summary>Top-level entries, each followed by its children, as the public menu shows them.</summary>
    public IReadOnlyList<Row> Items { get; private set; } = [];

    public sealed record Row(int Id, string Title, string Url, int SortOrder, bool IsChild);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var all = await db.MenuItems.AsNoTracking().Where(m => m.PortalId == portal.Id)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(ct);
        var children = all.Where(m => m.ParentId is not null).ToLookup(m => m.ParentId);
        Items = all.Where(m => m.ParentId is null)
            .SelectMany(top => new[] { new Row(top.Id, top.Title, top.Url, top.SortOrder, false) }
                .Concat(children[top.Id].Select(c => new Row(c.Id, c.Title, c.Url, c.SortOrder, true))))
            .ToList();
    }
}
