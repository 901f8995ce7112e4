using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Portals.Pages;

public sealed class IndexModel(CurrentPortal currentPortal, HomePage homePage) : PageModel
{
    public PortalInfo Portal { get; private set; } = null!;
    public IReadOnlyList<HomeBlockView> Blocks { get; private set; } = [];

    [ViewData] public string CanonicalPath { get; set; } = "/";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Portal = await currentPortal.GetAsync(ct);
        Blocks = (await homePage.BuildAsync(Portal.Id, ct)).Where(b => !b.IsEmpty).ToList();
    }
}
