using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Categories;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyList<Row> Categories { get; private set; } = [];

    public sealed record Row(int Id, string Name, string Slug, string? ParentName, int SortOrder, bool IsMain, int ArticleCount);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portal.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.Slug, c.Parent == null ? null : c.Parent.Name, c.SortOrder, c.IsMain,
                db.Articles.Count(a => a.CategoryId == c.Id)))
            .ToListAsync(ct);
    }
}
