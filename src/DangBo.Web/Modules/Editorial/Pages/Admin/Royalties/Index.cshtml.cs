using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Royalties;

/// <summary>The month's royalties per author and per unit; the same report as .xlsx and for printing.</summary>
public class IndexModel(Services.Royalties royalties, CurrentPortal currentPortal, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "thang")]
    public string? Month { get; set; }

    public RoyaltyReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : BadRequest();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return BadRequest();
        }
        return File(RoyaltyWorkbook.Create(Report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"nhuan-but-{RoyaltyPeriod.ToInput(Report.Period)}.xlsx");
    }

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        var period = string.IsNullOrEmpty(Month) ? RoyaltyPeriod.Of(clock.GetUtcNow().UtcDateTime) : RoyaltyPeriod.Parse(Month);
        if (period is null)
        {
            return false;
        }
        Month = RoyaltyPeriod.ToInput(period.Value);
        Report = await royalties.ReportAsync(await currentPortal.GetAsync(ct), period.Value, ct);
        return true;
    }
}

/// <summary>The same report on paper: the print layout, signature lines.</summary>
public sealed class PrintModel(Services.Royalties royalties, CurrentPortal currentPortal, TimeProvider clock) : IndexModel(royalties, currentPortal, clock);
