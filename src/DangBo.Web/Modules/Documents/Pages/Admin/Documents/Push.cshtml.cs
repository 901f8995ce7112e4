using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

/// <summary>Pushing one of the portal's documents to portals below it, and taking it back.</summary>
public sealed class PushModel(DangBoDbContext db, CurrentPortal currentPortal, PortalDirectory portals, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public Document Document { get; private set; } = null!;
    public IReadOnlyList<PortalInfo> Below { get; private set; } = [];
    public IReadOnlySet<int> Carrying { get; private set; } = new HashSet<int>();

    [BindProperty] public List<int> Targets { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var below = Below.Select(p => p.Id).ToHashSet();
        if (below.Count == 0)
        {
            ModelState.AddModelError("", "Không có cổng cấp dưới nào để chuyển văn bản xuống.");
            return Page();
        }
        if (Targets.Any(t => !below.Contains(t)))
        {
            ModelState.AddModelError("", "Chỉ được chuyển văn bản xuống các cổng cấp dưới của cổng này.");
            return Page();
        }
        var targets = Targets.Count == 0 ? below : Targets.ToHashSet();
        var added = 0;
        foreach (var target in targets.Where(t => !Carrying.Contains(t)))
        {
            db.DocumentShares.Add(new DocumentShare { DocumentId = id, PortalId = target, PushedById = User.FindFirstValue(ClaimTypes.NameIdentifier), PushedAt = clock.GetUtcNow().UtcDateTime });
            added++;
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = added == 0 ? "Các cổng đã chọn đều đang có văn bản này." : $"Đã chuyển văn bản xuống {added} cổng cấp dưới.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int portalId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        await db.DocumentShares.Where(s => s.DocumentId == id && s.PortalId == portalId).ExecuteDeleteAsync(ct);
        TempData["Flash"] = "Đã thu hồi văn bản khỏi cổng đó.";
        return RedirectToPage(new { id });
    }

    /// <summary>Null when the person may push this document from this portal; otherwise the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var document = await db.Documents.AsNoTracking().Include(d => d.DocumentType).FirstOrDefaultAsync(d => d.Id == id && d.PortalId == portal.Id, ct);
        if (document is null)
        {
            return NotFound();
        }
        if (!await DocumentAdmin.CanManageAsync(db, authorization, User, document.OwnerUnitId, ct))
        {
            return Forbid();
        }
        Document = document;
        Below = (await portals.GetAsync(ct)).BelowForListing(portal);
        Carrying = (await db.DocumentShares.Where(s => s.DocumentId == id).Select(s => s.PortalId).ToListAsync(ct)).ToHashSet();
        return null;
    }
}
