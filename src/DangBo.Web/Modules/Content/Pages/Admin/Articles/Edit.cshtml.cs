using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

public sealed class EditModel(DangBoDbContext db, ArticleDesk desk, CurrentPortal currentPortal, ArticlePreviews previews, ApprovalGrade grade)
    : PageModel, IArticleFormPage
{
    [BindProperty]
    public ArticleFormInput Input { get; set; } = new();

    /// <summary>The version the editor loaded; a save or a move against a newer one is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The note or reason given with a workflow move.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>For "approve, publish at": the time in Asia/Ho_Chi_Minh.</summary>
    [BindProperty]
    public DateTime? PublishAt { get; set; }

    /// <summary>When the article is to be taken down, in Asia/Ho_Chi_Minh.</summary>
    [BindProperty]
    public DateTime? UnpublishAt { get; set; }

    /// <summary>The royalty grade the approver gives with the approval (none when empty).</summary>
    [BindProperty]
    public int? RoyaltyRateId { get; set; }

    /// <summary>The portal's royalty grades, offered with "approve".</summary>
    public IReadOnlyList<RoyaltyRate> RoyaltyRates { get; private set; } = [];

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
        Form = await BuildFormAsync(Snapshot(article), ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, then: null, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => SaveAsync(id, ArticleTransitionKind.Submit, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SaveAsync(id, ArticleTransitionKind.Approve, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => OnPostTransitionAsync(id, ArticleTransitionKind.Unpublish, ct);

    /// <summary>A workflow move without a change of content; the pressed button names the move.</summary>
    public async Task<IActionResult> OnPostTransitionAsync(int id, [FromForm] ArticleTransitionKind kind, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        var stored = Snapshot(article);
        try
        {
            var publishAt = PublishAt is { } local ? VietnamTime.ToUtc(local) : (DateTime?)null;
            grade.RoyaltyRateId = RoyaltyRateId;
            var transition = await desk.TransitionAsync(article, portal, kind, Version, User.ForPortal(portal), Comment, ct, publishAt);
            TempData["Flash"] = transition.Kind == ArticleTransitionKind.Schedule
                ? $"Đã duyệt; tin bài sẽ tự động đăng lúc {VietnamTime.FormatDateTime(publishAt!.Value)}."
                : $"Đã «{transition.Kind.ToVietnamese()}»: tin bài chuyển sang «{transition.ToStatus.ToVietnamese()}».";
            return RedirectToPage(new { id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Comment), e.Message);
        }
        // Shown as stored; the person's comment stays in its box.
        await db.Entry(article).ReloadAsync(ct);
        Input = ArticleFormInput.From(article);
        Version = stored.Version;
        Form = await BuildFormAsync(stored, ct);
        return Page();
    }

    /// <summary>Makes an expiring link that shows the article as readers will see it, to someone who does not sign in.</summary>
    public async Task<IActionResult> OnPostPreviewLinkAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        var (path, expires) = previews.CreateLink(id);
        TempData["PreviewLink"] = Infrastructure.Web.PageMetadata.AbsoluteUrl(Request, path);
        TempData["Flash"] = $"Đã tạo liên kết xem trước, dùng được đến {VietnamTime.FormatDateTime(expires)}.";
        return RedirectToPage(new { id });
    }

    /// <summary>The final approver makes the pending draft (a restored revision) what readers see.</summary>
    public Task<IActionResult> OnPostPublishDraftAsync(int id, CancellationToken ct) =>
        DraftAsync(id, (article, portal, ct) => desk.PublishDraftAsync(article, portal, Version, User.ForPortal(portal), ct),
            article => article.IsPublic ? "Đã duyệt bản nháp: bạn đọc thấy nội dung mới." : "Đã duyệt bản nháp thành nội dung của tin bài.", ct);

    /// <summary>Drops the pending draft; readers keep seeing the approved content.</summary>
    public Task<IActionResult> OnPostDiscardDraftAsync(int id, CancellationToken ct) =>
        DraftAsync(id, (article, portal, ct) => desk.DiscardDraftAsync(article, portal, Version, User.ForPortal(portal), ct),
            _ => "Đã bỏ bản nháp; bản nháp vẫn nằm trong danh sách phiên bản.", ct);

    private async Task<IActionResult> DraftAsync(int id, Func<Article, PortalInfo, CancellationToken, Task> act, Func<Article, string> flash, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        try
        {
            await act(article, portal, ct);
            TempData["Flash"] = flash(article);
            return RedirectToPage(new { id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (ArticleValidationException e)
        {
            ModelState.AddModelError("", "Không duyệt được bản nháp: " + string.Join(" ", e.Errors.Values));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        // Shown as stored now, with the message on top.
        db.ChangeTracker.Clear();
        article = (await FindAsync(id, ct))!;
        Input = ArticleFormInput.From(article);
        Version = article.Version;
        Form = await BuildFormAsync(Snapshot(article), ct);
        return Page();
    }

    /// <summary>Sets the time at which the article is taken down, or clears it.</summary>
    public async Task<IActionResult> OnPostScheduleUnpublishAsync(int id, bool clear, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        var stored = Snapshot(article);
        try
        {
            if (!clear && UnpublishAt is null)
            {
                throw new DomainException("Vui lòng chọn ngày giờ gỡ.");
            }
            var at = clear ? null : UnpublishAt is { } local ? VietnamTime.ToUtc(local) : (DateTime?)null;
            await desk.ScheduleUnpublishAsync(article, portal, at, Version, User.ForPortal(portal), ct);
            TempData["Flash"] = at is { } when ? $"Tin bài sẽ tự động được gỡ lúc {VietnamTime.FormatDateTime(when)}." : "Đã bỏ lịch gỡ tin bài.";
            return RedirectToPage(new { id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(UnpublishAt), e.Message);
        }
        await db.Entry(article).ReloadAsync(ct);
        Input = ArticleFormInput.From(article);
        Version = stored.Version;
        Form = await BuildFormAsync(stored, ct);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int id, ArticleTransitionKind? then, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await FindAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        var actor = User.ForPortal(portal);
        // Refused before anything is written: a hand-made post for a move the person may not make.
        if (then is { } kind && EditorialWorkflow.Allowed(article.Status, portal.ReviewSteps, actor).All(r => r.Kind != kind))
        {
            return Forbid();
        }
        var stored = Snapshot(article);
        try
        {
            await desk.UpdateAsync(article, portal, Input.ToArticleInput(), Version, Input.CoverUpload, Input.RemoveCover, then, actor, ct);
            TempData["Flash"] = then switch
            {
                ArticleTransitionKind.Submit => "Đã lưu và gửi tin bài để duyệt.",
                ArticleTransitionKind.Approve => "Đã xuất bản tin bài.",
                _ => article.IsPublic ? "Đã lưu thay đổi; bạn đọc thấy ngay bản mới." : "Đã lưu tin bài.",
            };
            return RedirectToPage(new { id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (ArticleValidationException e)
        {
            ArticleForms.AddErrors(ModelState, e);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        // Shown as stored, not as half-applied by the failed save; the person's typing stays in the fields.
        Form = await BuildFormAsync(stored, ct);
        return Page();
    }

    private async Task<Article?> FindAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        return await db.Articles.Include(a => a.Category).Include(a => a.Topics)
            .FirstOrDefaultAsync(a => a.Id == id && a.PortalId == portal.Id, ct);
    }

    private sealed record StoredState(int Id, int Version, ArticleStatus Status, string? CoverImagePath, string? PublicUrl, DateTime? PublishedAt, DateTime UpdatedAt,
        DateTime? ScheduledPublishAt, DateTime? ScheduledUnpublishAt, int? PendingRevisionNumber);

    private static StoredState Snapshot(Article a) => new(a.Id, a.Version, a.Status, a.CoverImagePath,
        a.IsPublic && a.Category is not null ? ContentUrls.Article(a.Category.Slug, a.Slug) : null, a.PublishedAt, a.UpdatedAt,
        a.ScheduledPublishAt, a.ScheduledUnpublishAt, a.PendingRevisionNumber);

    private async Task<PendingDraftView?> PendingDraftAsync(StoredState stored, PortalInfo portal, WorkflowActor actor, CancellationToken ct)
    {
        if (stored.PendingRevisionNumber is not { } number)
        {
            return null;
        }
        var draft = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == stored.Id && r.Number == number)
            .Select(r => new { r.Note, r.CreatedAt, By = db.Users.Where(u => u.Id == r.UserId).Select(u => u.FullName).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (draft is null)
        {
            return null;
        }
        var live = await db.ArticleRevisions.Where(r => r.ArticleId == stored.Id && r.Number != number).MaxAsync(r => (int?)r.Number, ct);
        return new PendingDraftView(number, live, draft.Note, draft.CreatedAt, draft.By,
            actor.Holds(EditorialWorkflow.FinalApproval(portal.ReviewSteps)), EditorialWorkflow.CanRestore(stored.Status, portal.ReviewSteps, actor));
    }

    private async Task<ArticleFormView> BuildFormAsync(StoredState stored, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var (categories, topics) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
        var actor = User.ForPortal(portal);
        var (canSave, canSubmit, canPublish, transitions) = ArticleForms.Abilities(stored.Status, portal.ReviewSteps, actor);
        RoyaltyRates = transitions.Any(t => t.Kind is ArticleTransitionKind.Approve or ArticleTransitionKind.Schedule)
            ? await db.RoyaltyRates.AsNoTracking().Where(r => r.PortalId == portal.Id && r.IsActive).OrderBy(r => r.ContentType).ThenBy(r => r.Amount).ToListAsync(ct)
            : [];
        var history = await db.ArticleTransitions.AsNoTracking().Where(t => t.ArticleId == stored.Id)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id).ToListAsync(ct);
        return new ArticleFormView
        {
            Categories = categories,
            Topics = topics,
            ArticleId = stored.Id,
            Status = stored.Status,
            CoverImagePath = stored.CoverImagePath,
            PublicUrl = stored.PublicUrl,
            PublishedAt = stored.PublishedAt,
            UpdatedAt = stored.UpdatedAt,
            ReviewSteps = portal.ReviewSteps,
            CanSave = canSave,
            CanSubmit = canSubmit,
            CanPublish = canPublish,
            Transitions = transitions,
            History = history,
            ScheduledPublishAt = stored.ScheduledPublishAt,
            ScheduledUnpublishAt = stored.ScheduledUnpublishAt,
            CanScheduleUnpublish = stored.Status is ArticleStatus.Published or ArticleStatus.Scheduled && actor.Holds(EditorialWorkflow.FinalApproval(portal.ReviewSteps)),
            PendingDraft = await PendingDraftAsync(stored, portal, actor, ct),
        };
    }
}
