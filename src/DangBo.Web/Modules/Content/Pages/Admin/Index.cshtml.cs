using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin;

/// <summary>The back-office home: how many articles are in each state, and what was edited last.</summary>
public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal, PortalDirectory portals, IAuthorizationService authorization) : PageModel
{
    /// <summary>The portals whose back office this person may open (several for someone with roles in several units).</summary>
    public IReadOnlyList<(string Name, string Url, bool IsCurrent)> MyPortals { get; private set; } = [];
    /// <summary>False when the person has no role in this portal's unit: the page only offers their own portals.</summary>
    public bool MayWorkHere { get; private set; }

    public IReadOnlyDictionary<ArticleStatus, int> Counts { get; private set; } = new Dictionary<ArticleStatus, int>();
    public IReadOnlyList<Row> Latest { get; private set; } = [];
    public string PortalName { get; private set; } = "";

    public sealed record Row(int Id, string Title, string CategoryName, ArticleStatus Status, DateTime UpdatedAt);

    public int Count(ArticleStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        PortalName = portal.Name;
        var mine = (await portals.GetAsync(ct)).All.Where(p => User.RolesIn(p.Scope).Count > 0).OrderBy(p => p.UnitPath.Length).ThenBy(p => p.Name).ToList();
        MyPortals = [.. mine.Select(p => (p.Name, p.LinkFrom(Request, "/" + Infrastructure.Web.WebSetup.BackOfficePrefix), p.Id == portal.Id))];
        MayWorkHere = await authorization.IsAllowedAsync(User, portal.Scope, AccountsPermissions.UseBackOffice);
        if (!MayWorkHere)
        {
            // Staff of a commune who signed in on the province's address: their own back office, not the province's.
            return mine.Count == 1 ? Redirect(MyPortals[0].Url) : Page();
        }
        var articles = db.Articles.AsNoTracking().Where(a => a.PortalId == portal.Id);
        Counts = (await articles.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        Latest = await articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(10)
            .Select(a => new Row(a.Id, a.Title, a.Category!.Name, a.Status, a.UpdatedAt))
            .ToListAsync(ct);
        return Page();
    }
}
