using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

public sealed class LeaderModel(DangBoDbContext db, UnitAdministration units, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public LeaderInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;
    public Leader Leader { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int leaderId, CancellationToken ct)
    {
        if (await LoadAsync(id, leaderId, ct) is { } refused)
        {
            return refused;
        }
        Input = new LeaderInput { FullName = Leader.FullName, Position = Leader.Position, Body = Leader.Body, ShortBio = Leader.ShortBio, SortOrder = Leader.SortOrder };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int leaderId, CancellationToken ct)
    {
        if (await LoadAsync(id, leaderId, ct) is { } refused)
        {
            return refused;
        }
        try
        {
            await units.UpdateLeaderAsync(Leader, Input, ct);
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
        TempData["Flash"] = "Đã lưu thông tin lãnh đạo.";
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, int leaderId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        var leader = await db.Leaders.FirstOrDefaultAsync(l => l.Id == leaderId && l.UnitId == id, ct);
        if (unit is null || leader is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, unit))
        {
            return Forbid();
        }
        Unit = unit;
        Leader = leader;
        return null;
    }
}
