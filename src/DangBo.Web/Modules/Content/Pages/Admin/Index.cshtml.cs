using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin;

/// <summary>The back-office home: how many articles are in each state, and what was edited last.</summary>
public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyDictionary<ArticleStatus, int> Counts { get; private set; } = new Dictionary<ArticleStatus, int>();
    public IReadOnlyList<Row> Latest { get; private set; } = [];
    public string PortalName { get; private set; } = "";

    public sealed record Row(int Id, string Title, string CategoryName, ArticleStatus Status, DateTime UpdatedAt);

    public int Count(ArticleStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        PortalName = portal.Name;
        var articles = db.Articles.AsNoTracking().Where(a => a.PortalId == portal.Id);
        Counts = (await articles.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        Latest = await articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(10)
            .Select(a => new Row(a.Id, a.Title, a.Category!.Name, a.Status, a.UpdatedAt))
            .ToListAsync(ct);
    }
}
