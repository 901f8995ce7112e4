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

/// <summary>Merges other units into this one (the survivor); candidates are the units beside it or found by name.</summary>
public sealed class MergeModel(DangBoDbContext db, UnitMerger merger, UnitHistory history, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public List<int> MergedIds { get; set; } = [];

    [BindProperty]
    public string? EffectiveOn { get; set; }

    public OrganisationUnit Unit { get; private set; } = null!;
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
        var scopes = await db.Units.AsNoTracking().Where(u => MergedIds.Contains(u.Id)).ToListAsync(ct);
        foreach (var merged in scopes)
        {
            if (!await UnitPages.MayManageAsync(authorization, User, merged))
            {
                return Forbid();
            }
        }
        try
        {
            var outcome = await merger.MergeAsync(Unit.Id, MergedIds, EffectiveOn, UnitActor.From(User), ct);
            TempData["Flash"] = $"Đã hợp nhất {outcome.UnitsMerged} đơn vị vào {Unit.Name}: chuyển {outcome.ArticlesMoved} tin bài, {outcome.AccountsMoved} tài khoản."
                + (outcome.RenamedSlugs.Count > 0 ? " Đường dẫn đổi do trùng: " + string.Join("; ", outcome.RenamedSlugs) + "." : "");
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
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, unit))
        {
            return Forbid();
        }
        Unit = unit;
        var today = history.Today;
        var tops = await UnitPages.TopUnitsAsync(db, User, ct);
        var query = UnitPages.WithinAny(db.Units.AsNoTracking(), tops.Select(t => t.Path).ToList())
            .Where(u => (u.ValidTo == null || u.ValidTo >= today) && u.Id != unit.Id && u.ParentId != null);
        var term = VietnameseText.Clean(Query).ToLowerInvariant();
        // Databases lower-case only ASCII letters: the folded slug finds "Đông" when the name comparison cannot.
        var folded = SlugGenerator.From(term);
        query = term.Length > 0
            ? query.Where(u => u.Name.ToLower().Contains(term) || u.Slug.Contains(folded))
            : query.Where(u => u.ParentId == unit.ParentId || MergedIds.Contains(u.Id));
        Candidates = await UnitPages.RowsAsync(query.OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Take(UnitPages.CandidateLimit), ct);
        return null;
    }
}
