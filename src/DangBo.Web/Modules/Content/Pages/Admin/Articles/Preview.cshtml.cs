using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>The article in the public layout, as readers will see it, whatever its status.</summary>
public sealed class PreviewModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Category).Include(a => a.Topics)
            .FirstOrDefaultAsync(a => a.Id == id && a.PortalId == portal.Id, ct);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        return Page();
    }
}
