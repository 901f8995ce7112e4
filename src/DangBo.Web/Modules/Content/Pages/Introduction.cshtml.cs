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
public sealed class IntroductionModel(CurrentPortal currentPortal, DangBoDbContext db) : PageModel
{
    public sealed record PageLink(string Title, string Slug)
    {
        public string Url => ContentUrls.StaticPage(Slug);
    }

    public IReadOnlyList<PageLink> Pages { get; private set; } = [];

    [ViewData] public string Title { get; set; } = "Giới thiệu";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        HttpContext.TagResponse(CacheTags.Pages(portal.Id));
        Pages = await db.PublishedStaticPages(portal.Id).Select(p => new PageLink(p.Title, p.Slug)).ToListAsync(ct);
    }
}
