using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>An article's revisions: pick two to compare, or restore an old one.</summary>
public sealed class RevisionsModel(DangBoDbContext db, ArticleDesk desk, CurrentPortal currentPortal) : PageModel
{
    public sealed record Row(long Id, int Number, string Title, DateTime CreatedAt, string? By, string? Note);

    public int ArticleId { get; private set; }
    public string Title { get; private set; } = "";
    public int Version { get; private set; }
    public bool CanRestore { get; private set; }
    /// <summary>The restored revision waiting for approval, if any.</summary>
    public int? PendingNumber { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(int id, long revisionId, [FromForm] int version, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await db.Articles.Include(a => a.Topics).FirstOrDefaultAsync(a => a.Id == id && a.PortalId == portal.Id, ct);
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == id, ct);
        if (article is null || revision is null)
        {
            return NotFound();
        }
        try
        {
            await desk.RestoreAsync(article, portal, revision, version, User.ForPortal(portal), ct);
            TempData["Flash"] = article.PendingRevisionNumber is not null
                ? $"Đã khôi phục phiên bản {revision.Number} thành bản nháp chờ duyệt; bạn đọc vẫn thấy nội dung đã duyệt cho đến khi bản nháp được duyệt."
                : $"Đã khôi phục nội dung phiên bản {revision.Number} thành phiên bản mới.";
            return RedirectToPage("Edit", new { id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (ArticleValidationException e)
        {
            ModelState.AddModelError("", "Không khôi phục được phiên bản này: " + string.Join(" ", e.Errors.Values));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id && a.PortalId == portal.Id)
            .Select(a => new { a.Id, a.Title, a.Version, a.Status, a.PendingRevisionNumber }).FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return false;
        }
        ArticleId = article.Id;
        Title = article.Title;
        Version = article.Version;
        CanRestore = EditorialWorkflow.CanRestore(article.Status, portal.ReviewSteps, User.ForPortal(portal));
        PendingNumber = article.PendingRevisionNumber;
        Rows = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new Row(r.Id, r.Number, r.Title, r.CreatedAt, db.Users.Where(u => u.Id == r.UserId).Select(u => u.FullName).FirstOrDefault(), r.Note))
            .ToListAsync(ct);
        return true;
    }
}
