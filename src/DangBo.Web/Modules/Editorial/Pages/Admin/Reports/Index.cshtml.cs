using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Reports;

/// <summary>The editorial report for a period: tables (readable without JavaScript) with charts drawn from them, and the same as .xlsx.</summary>
public sealed class IndexModel(EditorialReports reports, CurrentPortal currentPortal, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const string SubUnitsScope = "cap-duoi";

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    /// <summary>"cap-duoi": the portal's unit and every unit below it; otherwise the portal alone.</summary>
    [BindProperty(SupportsGet = true, Name = "pham-vi")]
    public string? Scope { get; set; }

    public bool CanIncludeSubUnits { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Null when the period asked for is not valid.</summary>
    public EditorialReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }
        if (Report is null)
        {
            return Page();
        }
        return File(EditorialReportWorkbook.Create(Report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"bao-cao-tin-bai-{RoyaltyPeriod.ToInput(Report.Period.From)}-{RoyaltyPeriod.ToInput(Report.Period.To)}.xlsx");
    }

    /// <summary>Builds the report; a result only when the request is refused.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        CanIncludeSubUnits = await authorization.IsAllowedAsync(User, portal.Scope, EditorialPermissions.ViewSubUnitReports);
        var subUnits = Scope == SubUnitsScope;
        if (subUnits && !CanIncludeSubUnits)
        {
            return Forbid();
        }
        ReportPeriod period;
        try
        {
            period = ReportPeriod.Parse(From, To, clock.GetUtcNow().UtcDateTime);
        }
        catch (InputValidationException e)
        {
            // The person's typing stays in the fields with the message next to it.
            Errors = e.Errors;
            return null;
        }
        From = RoyaltyPeriod.ToInput(period.From);
        To = RoyaltyPeriod.ToInput(period.To);
        Report = await reports.BuildAsync(portal, period, subUnits, ct);
        return null;
    }
}
