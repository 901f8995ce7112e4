using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class StaticPageModel(CurrentPortal currentPortal, DangBoDbContext db) : PageModel
{
    public sealed record PageView(string Title, string Slug, string BodyHtml, DateTime UpdatedAt);

    public PageView Current { get; private set; } = null!;

    [ViewData] public string? Title { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(slug))
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var lower = slug.ToLowerInvariant();
        var page = await db.PublishedStaticPages(portal.Id).Where(p => p.Slug == lower)
            .Select(p => new PageView(p.Title, p.Slug, p.BodyHtml, p.UpdatedAt))
            .FirstOrDefaultAsync(ct);
        if (page is null)
        {
            return NotFound();
        }
        HttpContext.TagResponse(CacheTags.Pages(portal.Id));
        Current = page;
        Title = page.Title;
        CanonicalPath = ContentUrls.StaticPage(page.Slug);
        return Page();
    }
}
