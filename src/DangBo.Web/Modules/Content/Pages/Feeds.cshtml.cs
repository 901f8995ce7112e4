using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class FeedsModel(CurrentPortal currentPortal, DangBoDbContext db) : PageModel
{
    public sealed record CategoryFeed(string Name, string Slug)
    {
        public string Url => ContentUrls.CategoryFeed(Slug);
    }

    public string PortalName { get; private set; } = "";
    public IReadOnlyList<CategoryFeed> Categories { get; private set; } = [];

    [ViewData] public string Title { get; set; } = "Kênh tin RSS";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        HttpContext.TagResponse(CacheTags.Listings(portal.Id));
        PortalName = portal.Name;
        Categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portal.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryFeed(c.Name, c.Slug))
            .ToListAsync(ct);
    }
}
