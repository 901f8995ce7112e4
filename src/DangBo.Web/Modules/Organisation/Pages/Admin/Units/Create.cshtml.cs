using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

public sealed class CreateModel(DangBoDbContext db, UnitAdministration units, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cha")]
    public int ParentId { get; set; }

    [BindProperty]
    public NewUnitInput Input { get; set; } = new();

    public OrganisationUnit Parent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }
        Input.Kind = Parent.Kind is UnitKind.ProvincialCommittee ? UnitKind.CommuneCommittee : UnitKind.PartyCell;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }
        try
        {
            var unit = await units.CreateAsync(Parent.Id, Input, UnitActor.From(User), ct);
            TempData["Flash"] = $"Đã thêm đơn vị {unit.Name}.";
            return RedirectToPage("Edit", new { id = unit.Id });
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ParentId, ct);
        if (parent is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, parent))
        {
            return Forbid();
        }
        Parent = parent;
        return null;
    }
}
