using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

/// <summary>Moves a unit under another parent, chosen among a bounded list: units found by name, or those at its parent's level.</summary>
public sealed class MoveModel(DangBoDbContext db, UnitAdministration units, UnitHistory history, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    [BindProperty]
    public string? EffectiveOn { get; set; }

    public OrganisationUnit Unit { get; private set; } = null!;
    public string? CurrentParentName { get; private set; }
    public IReadOnlyList<UnitRow> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        EffectiveOn = UnitPages.InputDate(history.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        var parent = ParentId is { } parentId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct) : null;
        // The new parent must be inside the person's subtrees too: a commune administrator cannot hand a cell to another commune.
        if (parent is not null && !await UnitPages.MayManageAsync(authorization, User, parent))
        {
            return Forbid();
        }
        try
        {
            await units.MoveAsync(Unit, ParentId, EffectiveOn, UnitActor.From(User), ct);
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("", e);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        TempData["Flash"] = $"Đã chuyển {Unit.Name} về trực thuộc {parent!.Name}.";
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, unit))
        {
            return Forbid();
        }
        Unit = unit;
        CurrentParentName = unit.ParentId is { } p ? await db.Units.AsNoTracking().Where(u => u.Id == p).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var today = history.Today;
        var tops = await UnitPages.TopUnitsAsync(db, User, ct);
        var query = UnitPages.WithinAny(db.Units.AsNoTracking(), tops.Select(t => t.Path).ToList())
            .Where(u => (u.ValidTo == null || u.ValidTo >= today) && u.Id != unit.ParentId && !u.Path.StartsWith(unit.Path));
        var term = VietnameseText.Clean(Query).ToLowerInvariant();
        // Databases lower-case only ASCII letters: the folded slug finds "Đông" when the name comparison cannot.
        var folded = SlugGenerator.From(term);
        if (term.Length > 0)
        {
            query = query.Where(u => u.Name.ToLower().Contains(term) || u.Slug.Contains(folded));
        }
        else if (unit.ParentId is { } parentId)
        {
            // Without a search: the units beside the current parent (and the one above it), where a unit usually moves.
            var grandparent = await db.Units.AsNoTracking().Where(u => u.Id == parentId).Select(u => u.ParentId).FirstOrDefaultAsync(ct);
            query = query.Where(u => u.ParentId == grandparent || u.Id == grandparent || u.ParentId == parentId);
        }
        Candidates = await UnitPages.RowsAsync(query.OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Name).Take(UnitPages.CandidateLimit), ct);
        return null;
    }
}
