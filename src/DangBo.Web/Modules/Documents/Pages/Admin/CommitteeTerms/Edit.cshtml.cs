using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Pages.Admin.Documents;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.CommitteeTerms;

public sealed class EditModel(DangBoDbContext db, DocumentCatalogue catalogue, IAuthorizationService authorization) : PageModel, ICommitteeTermFormPage
{
    [BindProperty] public CommitteeTermFormInput Input { get; set; } = new();

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public CommitteeTerm Term { get; private set; } = null!;
    public int DocumentCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Input = CommitteeTermFormInput.From(Term);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        // Moving the term to another committee needs the permission there too.
        if (Input.UnitId is { } unitId && unitId != Term.UnitId && !await CommitteeTermAdmin.CanManageAsync(db, authorization, User, unitId, ct))
        {
            return Forbid();
        }
        ModelState.Clear();
        try
        {
            await catalogue.SaveTermAsync(Term, Input.ToInput(), ct);
            TempData["Flash"] = "Đã lưu nhiệm kỳ.";
            return RedirectToPage("Index");
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        await catalogue.SetTermActiveAsync(Term, active, ct);
        TempData["Flash"] = active ? $"Đã dùng lại {Term.Name}." : $"Đã ngừng sử dụng {Term.Name}.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        try
        {
            await catalogue.DeleteTermAsync(Term, ct);
            TempData["Flash"] = $"Đã xóa {Term.Name}.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            Input = CommitteeTermFormInput.From(Term);
            return Page();
        }
    }

    /// <summary>Loads the term; null when the person keeps its committee's catalogue, else the result to answer with.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var term = await db.CommitteeTerms.Include(t => t.Unit).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (term is null)
        {
            return NotFound();
        }
        if (!await CommitteeTermAdmin.CanManageAsync(db, authorization, User, term.UnitId, ct))
        {
            return Forbid();
        }
        Term = term;
        DocumentCount = await db.Documents.CountAsync(d => d.CommitteeTermId == id, ct);
        Units = await CommitteeTermAdmin.UnitsAsync(db, User, ct);
        return null;
    }
}
