using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Portals.Pages.Admin.SubPortals;

/// <summary>The portals below this one, and opening a portal for a unit that has none.</summary>
public sealed class IndexModel(PortalAdministration administration, CurrentPortal currentPortal, PortalDirectory directory, TimeProvider clock) : PageModel
{
    public sealed class NewPortalForm
    {
        public int? UnitId { get; set; }
        public string? Name { get; set; }
        public string? Slug { get; set; }
        public string? HostName { get; set; }
    }

    [BindProperty] public NewPortalForm Input { get; set; } = new();
    public IReadOnlyList<PortalInfo> Below { get; private set; } = [];
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        try
        {
            var created = await administration.CreateAsync(portal, new NewPortalInput(Input.UnitId, Input.Name, Input.Slug, Input.HostName), Today, ct);
            TempData["Flash"] = $"Đã mở cổng «{created.Name}» tại {PortalRouting.Prefix}/{created.Slug}/. Hãy phân công ban biên tập cho đơn vị.";
            return RedirectToPage();
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
        }
        await LoadAsync(ct);
        return Page();
    }

    private DateOnly Today => DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    private async Task LoadAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Below = (await directory.GetAsync(ct)).BelowForListing(portal);
        Units = await administration.UnitsWithoutPortalAsync(portal, Today, ct);
    }
}
