using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DangBo.Web.Modules.Portals.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(CurrentPortal currentPortal, HomePage homePage) : PageModel
{
    public PortalInfo Portal { get; private set; } = null!;
    public IReadOnlyList<HomeBlockView> Blocks { get; private set; } = [];

    [ViewData] public string CanonicalPath { get; set; } = "/";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Portal = await currentPortal.GetAsync(ct);
        // Carried articles enter and leave its lists with the portal's shares and their own publication (carried tag).
        HttpContext.TagResponse(CacheTags.Home(Portal.Id), CacheTags.Carried(Portal.Id));
        var blocks = await homePage.BuildAsync(Portal.Id, ct);
        // Articles of other portals change with their own saves, and name their portal: the page goes when they do.
        var others = blocks.SelectMany(b => b.Articles).Where(a => a.Origin is not null).ToList();
        HttpContext.TagResponse(others.Select(a => CacheTags.Article(a.Id)).Distinct());
        HttpContext.TagResponse(others.Select(a => a.OriginPortalId).OfType<int>().Distinct().Select(CacheTags.Portal));
        if (blocks.Any(b => b.Kind == Models.HomeBlockKind.SubPortals))
        {
            HttpContext.TagResponse(CacheTags.TreeNews);
        }
        Blocks = [.. blocks.Where(b => !b.IsEmpty)];
    }
}
