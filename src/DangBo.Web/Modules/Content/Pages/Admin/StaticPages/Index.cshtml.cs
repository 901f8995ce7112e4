using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.StaticPages;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyList<Row> Pages { get; private set; } = [];

    public sealed record Row(int Id, string Title, string Slug, int SortOrder, bool IsPublished, DateTime UpdatedAt);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Pages = await db.StaticPages.AsNoTracking().Where(p => p.PortalId == portal.Id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new Row(p.Id, p.Title, p.Slug, p.SortOrder, p.IsPublished, p.UpdatedAt))
            .ToListAsync(ct);
    }
}
