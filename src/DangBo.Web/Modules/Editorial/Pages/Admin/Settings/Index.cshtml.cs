using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Settings;

public sealed class IndexModel(EditorialSettings settings, CurrentPortal currentPortal) : PageModel
{
    [BindProperty]
    public int ReviewSteps { get; set; }

    [BindProperty]
    public int OverdueHours { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        ReviewSteps = portal.ReviewSteps;
        OverdueHours = portal.OverdueHours;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await settings.SaveAsync(portal.Id, new WorkflowSettingsInput(ReviewSteps, OverdueHours), ct);
            TempData["Flash"] = "Đã lưu cấu hình quy trình biên tập.";
            return RedirectToPage();
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("", e);
        }
        return Page();
    }
}
