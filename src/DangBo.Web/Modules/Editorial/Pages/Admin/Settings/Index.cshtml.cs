using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Settings;

public sealed class IndexModel(EditorialSettings settings, Services.Royalties royalties, CurrentPortal currentPortal) : PageModel
{
    public IReadOnlyList<RoyaltyRate> Rates { get; private set; } = [];

    [BindProperty]
    public RateInput NewRate { get; set; } = new();

    public sealed class RateInput
    {
        public RoyaltyContentType? ContentType { get; set; }
        public string? Grade { get; set; }
        public long? Amount { get; set; }
    }

    [BindProperty]
    public int ReviewSteps { get; set; }

    [BindProperty]
    public int OverdueHours { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        ReviewSteps = portal.ReviewSteps;
        OverdueHours = portal.OverdueHours;
        Rates = await royalties.RatesAsync(portal.Id, activeOnly: true, ct);
    }

    public async Task<IActionResult> OnPostAddRateAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        try
        {
            await royalties.AddRateAsync(portal.Id, NewRate.ContentType, NewRate.Grade, NewRate.Amount, ct);
            TempData["Flash"] = "Đã thêm mức nhuận bút.";
            return RedirectToPage();
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("NewRate.", e);
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireRateAsync(int rateId, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (!await royalties.RetireRateAsync(portal.Id, rateId, ct))
        {
            return NotFound();
        }
        TempData["Flash"] = "Đã ngừng dùng mức nhuận bút; các khoản đã chấm vẫn giữ nguyên.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Rates = await royalties.RatesAsync(portal.Id, activeOnly: true, ct);
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
