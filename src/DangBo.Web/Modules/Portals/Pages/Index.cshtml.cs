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
        HttpContext.TagResponse(CacheTags.Home(Portal.Id));
        Blocks = (await homePage.BuildAsync(Portal.Id, ct)).Where(b => !b.IsEmpty).ToList();
    }
}
