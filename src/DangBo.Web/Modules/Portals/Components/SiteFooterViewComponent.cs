using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;

namespace DangBo.Web.Modules.Portals.Components;

public sealed record SiteFooterView(PortalInfo Portal, long VisitCount)
{
    /// <summary>"1.234.567": Vietnamese digit grouping.</summary>
    public string VisitCountText => VisitCount.ToString("N0", VietnamTime.Culture);
}

/// <summary>Footer: the responsible unit and contacts, and the visit counter including views not yet stored.</summary>
public sealed class SiteFooterViewComponent(DangBoDbContext db, CurrentPortal currentPortal, VisitCounter counter) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var portal = await currentPortal.GetAsync(HttpContext.RequestAborted);
        return View(new SiteFooterView(portal, await counter.TotalAsync(db, portal.Id, HttpContext.RequestAborted)));
    }
}
