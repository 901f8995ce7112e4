using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.HomeBlocks;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyList<Row> Blocks { get; private set; } = [];

    public sealed record Row(int Id, HomeBlockKind Kind, string? Title, string? CategoryName, int ItemCount, int SortOrder, bool IsVisible);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Blocks = await db.HomeBlocks.AsNoTracking().Where(b => b.PortalId == portal.Id)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .Select(b => new Row(b.Id, b.Kind, b.Title,
                db.Categories.Where(c => c.Id == b.CategoryId).Select(c => c.Name).FirstOrDefault(),
                b.ItemCount, b.SortOrder, b.IsVisible))
            .ToListAsync(ct);
    }
}
