using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

public sealed class EditModel(DangBoDbContext db, ArticleDesk desk, CurrentPortal currentPortal, IAuthorizationService authorization, UserManager<UserAccount> users) : PageModel, IArticleFormPage
{
    [BindProperty]
    public ArticleFormInput Input { get; set; } = new();

    /// <summary>The version the editor loaded; a save against a newer one is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    public ArticleFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        Input = ArticleFormInput.From(article);
        Version = article.Version;
        await LoadFormAsync(article, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SaveAsync(id, publish: true, ct);

    public async Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (!await ArticleForms.CanPublishAsync(authorization, User, portal))
        {
            return Forbid();
        }
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        try
        {
            await desk.UnpublishAsync(article, Version, users.GetUserId(User), ct);
            TempData["Flash"] = "Đã gỡ tin bài khỏi cổng thông tin.";
        }
        catch (DomainException e)
        {
            TempData["Flash"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SaveAsync(int id, bool publish, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var canPublish = await ArticleForms.CanPublishAsync(authorization, User, portal);
        if (publish && !canPublish)
        {
            return Forbid();
        }
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        // A change to a published article goes live at once, so it needs the right to publish.
        if (article.Status == ArticleStatus.Published && !canPublish)
        {
            return Forbid();
        }
        var stored = Snapshot(article);
        try
        {
            await desk.UpdateAsync(article, Input.ToArticleInput(), Version, Input.CoverUpload, Input.RemoveCover, publish, users.GetUserId(User), ct);
            TempData["Flash"] = publish ? "Đã xuất bản tin bài." : article.IsPublic ? "Đã lưu thay đổi; bạn đọc thấy ngay bản mới." : "Đã lưu bản nháp.";
            return RedirectToPage(new { id });
        }
        catch (ArticleValidationException e)
        {
            ArticleForms.AddErrors(ModelState, e);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        // Shown as stored, not as half-applied by the failed save.
        Form = await BuildFormAsync(stored, portal.Id, canPublish, ct);
        return Page();
    }

    private async Task<Article?> FindAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        return await db.Articles.Include(a => a.Category).Include(a => a.Topics)
            .FirstOrDefaultAsync(a => a.Id == id && a.PortalId == portal.Id, ct);
    }

    private async Task LoadFormAsync(Article article, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Form = await BuildFormAsync(Snapshot(article), portal.Id, await ArticleForms.CanPublishAsync(authorization, User, portal), ct);
    }

    private sealed record StoredState(int Id, ArticleStatus Status, string? CoverImagePath, string? PublicUrl, DateTime? PublishedAt, DateTime UpdatedAt);

    private static StoredState Snapshot(Article a) => new(a.Id, a.Status, a.CoverImagePath,
        a.IsPublic && a.Category is not null ? ContentUrls.Article(a.Category.Slug, a.Slug) : null, a.PublishedAt, a.UpdatedAt);

    private async Task<ArticleFormView> BuildFormAsync(StoredState stored, int portalId, bool canPublish, CancellationToken ct)
    {
        var (categories, topics) = await ArticleForms.OptionsAsync(db, portalId, ct);
        return new ArticleFormView
        {
            Categories = categories,
            Topics = topics,
            CanPublish = canPublish,
            ArticleId = stored.Id,
            Status = stored.Status,
            CoverImagePath = stored.CoverImagePath,
            PublicUrl = stored.PublicUrl,
            PublishedAt = stored.PublishedAt,
            UpdatedAt = stored.UpdatedAt,
        };
    }
}
