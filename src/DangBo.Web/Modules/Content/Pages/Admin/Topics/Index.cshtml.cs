using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Topics;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyList<Row> Topics { get; private set; } = [];

    public sealed record Row(int Id, string Name, string Slug, int SortOrder, bool IsActive, int ArticleCount);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Topics = await db.Topics.AsNoTracking().Where(t => t.PortalId == portal.Id)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.Slug, t.SortOrder, t.IsActive, t.Articles.Count))
            .ToListAsync(ct);
    }
}
