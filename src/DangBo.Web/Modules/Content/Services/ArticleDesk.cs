using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Media.Models;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>
/// What the back-office article form does on submit: the cover image upload, the content (through
/// <see cref="ArticleEditor"/>) and the workflow move, saved together or not at all. The workflow checks the
/// person's permissions for each move; pages check that the person may use the back office of the portal.
/// </summary>
public sealed class ArticleDesk(DangBoDbContext db, ArticleEditor editor, MediaStore media, MediaRoot mediaRoot, TimeProvider clock,
    IEnumerable<IArticleTransitionObserver> observers)
{
    /// <summary>Error key for a refused cover image, next to the keys of <see cref="ArticleInput"/>.</summary>
    public const string CoverUploadField = "CoverUpload";

    public const string ConflictMessage = ArticleEditor.ConflictMessage;

    /// <summary>Creates the article and, when <paramref name="then"/> is given, moves it on at once (submit, or publish by the approver).</summary>
    public async Task<Article> CreateAsync(PortalInfo portal, ArticleInput input, IFormFile? cover, ArticleTransitionKind? then, WorkflowActor actor, CancellationToken ct = default)
    {
        // Checked first so that a form with mistakes never writes an image.
        await editor.ValidateAsync(portal.Id, input, ct);
        return await InTransactionAsync(portal.Id, cover, actor.UserId, async coverPath =>
        {
            var article = await editor.CreateAsync(portal.Id, coverPath is null ? input : input with { CoverImagePath = coverPath }, actor.UserId, ct);
            if (then is { } kind)
            {
                // Saved first (in the transaction) so the move and its notifications can name the article.
                await SaveAsync(ct);
                await NotifyAsync(article, Move(article, kind, actor, portal.ReviewSteps, comment: null), portal, ct);
            }
            return article;
        }, ct);
    }

    /// <summary>Saves an edit; the cover is replaced by <paramref name="cover"/>, removed when asked, or kept. Then moves the article on when asked.</summary>
    public async Task UpdateAsync(Article article, PortalInfo portal, ArticleInput input, int expectedVersion, IFormFile? cover, bool removeCover,
        ArticleTransitionKind? then, WorkflowActor actor, CancellationToken ct = default)
    {
        if (!EditorialWorkflow.CanChangeContent(article.Status, portal.ReviewSteps, actor))
        {
            throw new WorkflowPermissionException($"Bạn không được sửa tin bài đang ở trạng thái «{article.Status.ToVietnamese()}».");
        }
        var keptCover = input with { CoverImagePath = removeCover ? null : article.CoverImagePath };
        await editor.ValidateAsync(article.PortalId, keptCover, ct);
        await InTransactionAsync(article.PortalId, cover, actor.UserId, async coverPath =>
        {
            await editor.UpdateAsync(article, coverPath is null ? keptCover : keptCover with { CoverImagePath = coverPath }, expectedVersion, actor.UserId, ct);
            if (then is { } kind)
            {
                await NotifyAsync(article, Move(article, kind, actor, portal.ReviewSteps, comment: null), portal, ct);
            }
            return article;
        }, ct);
    }

    /// <summary>
    /// Restores an old revision as a new one. While the article is approved (published or scheduled) readers keep what was
    /// approved: the restored content waits as the pending draft until the final approver publishes it
    /// (<see cref="PublishDraftAsync"/>). Otherwise it becomes the working content at once, the workflow state kept.
    /// </summary>
    public async Task RestoreAsync(Article article, PortalInfo portal, ArticleRevision revision, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        if (!EditorialWorkflow.CanRestore(article.Status, portal.ReviewSteps, actor))
        {
            throw new WorkflowPermissionException($"Bạn không được khôi phục phiên bản của tin bài đang ở trạng thái «{article.Status.ToVietnamese()}».");
        }
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        var input = InputOf(revision);
        if (article.IsApproved)
        {
            // Checked as a save would be (the category may be gone), but the article itself is left as readers see it.
            await editor.ValidateAsync(article.PortalId, input, ct);
            var number = await NextRevisionNumberAsync(article.Id, ct);
            article.Revisions.Add(revision.CopyAs(number, actor.UserId, clock.GetUtcNow().UtcDateTime,
                $"Khôi phục từ phiên bản {revision.Number}: bản nháp chờ duyệt, bạn đọc chưa thấy"));
            article.HoldDraft(number);
            article.Version++;
        }
        else
        {
            await editor.UpdateAsync(article, input, expectedVersion, actor.UserId, ct, note: $"Khôi phục từ phiên bản {revision.Number}");
            article.ClearDraft();
        }
        await SaveAsync(ct);
    }

    /// <summary>The final approver makes the pending draft what readers see, as a new revision.</summary>
    public async Task PublishDraftAsync(Article article, PortalInfo portal, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        if (!actor.Holds(EditorialWorkflow.FinalApproval(portal.ReviewSteps)))
        {
            throw new WorkflowPermissionException("Bạn không có quyền duyệt bản nháp của tin bài.");
        }
        var draft = await PendingDraftAsync(article, ct);
        await editor.UpdateAsync(article, InputOf(draft), expectedVersion, actor.UserId, ct,
            note: $"Duyệt bản nháp phiên bản {draft.Number}" + (article.IsPublic ? ": bạn đọc thấy nội dung này" : ""));
        article.ClearDraft();
        await SaveAsync(ct);
    }

    /// <summary>Drops the pending draft; it stays in the list of revisions.</summary>
    public async Task DiscardDraftAsync(Article article, PortalInfo portal, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        if (!EditorialWorkflow.CanRestore(article.Status, portal.ReviewSteps, actor))
        {
            throw new WorkflowPermissionException("Bạn không có quyền bỏ bản nháp của tin bài.");
        }
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        await PendingDraftAsync(article, ct);
        article.ClearDraft();
        article.Version++;
        await SaveAsync(ct);
    }

    private async Task<ArticleRevision> PendingDraftAsync(Article article, CancellationToken ct) =>
        article.PendingRevisionNumber is { } number
            ? await db.ArticleRevisions.AsNoTracking().FirstAsync(r => r.ArticleId == article.Id && r.Number == number, ct)
            : throw new DomainException("Tin bài không có bản nháp chờ duyệt (có thể người khác vừa duyệt hoặc bỏ bản nháp).");

    private async Task<int> NextRevisionNumberAsync(int articleId, CancellationToken ct) =>
        (await db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;

    private static ArticleInput InputOf(ArticleRevision revision) => new()
    {
        Title = revision.Title, Lead = revision.Lead, BodyHtml = revision.BodyHtml, CategoryId = revision.CategoryId, TopicIds = revision.TopicIdList,
        Author = revision.Author, PenName = revision.PenName, Source = revision.Source, CoverImagePath = revision.CoverImagePath,
        CoverImageCaption = revision.CoverImageCaption, IsFeatured = revision.IsFeatured,
    };

    /// <summary>Moves the article through the workflow without changing its content.</summary>
    /// <param name="publishAtUtc">For <see cref="ArticleTransitionKind.Schedule"/>: when the system publishes it.</param>
    public async Task<ArticleTransition> TransitionAsync(Article article, PortalInfo portal, ArticleTransitionKind kind, int expectedVersion, WorkflowActor actor, string? comment,
        CancellationToken ct = default, DateTime? publishAtUtc = null)
    {
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        var transition = kind == ArticleTransitionKind.Schedule
            ? article.Schedule(actor, portal.ReviewSteps, clock.GetUtcNow().UtcDateTime,
                publishAtUtc ?? throw new DomainException("Vui lòng chọn ngày giờ đăng."), comment)
            : Move(article, kind, actor, portal.ReviewSteps, comment);
        article.Version++;
        await NotifyAsync(article, transition, portal, ct);
        await SaveAsync(ct);
        return transition;
    }

    /// <summary>Sets or clears the time at which the system takes the article down.</summary>
    public async Task ScheduleUnpublishAsync(Article article, PortalInfo portal, DateTime? unpublishAtUtc, int expectedVersion, WorkflowActor actor, CancellationToken ct = default)
    {
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        article.ScheduleUnpublish(actor, portal.ReviewSteps, clock.GetUtcNow().UtcDateTime, unpublishAtUtc);
        article.Version++;
        await SaveAsync(ct);
    }

    private async Task NotifyAsync(Article article, ArticleTransition transition, PortalInfo portal, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.OnTransitionAsync(article, transition, portal, ct);
        }
    }

    private ArticleTransition Move(Article article, ArticleTransitionKind kind, WorkflowActor actor, int reviewSteps, string? comment)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return kind switch
        {
            ArticleTransitionKind.Submit => article.Submit(actor, reviewSteps, now, comment),
            ArticleTransitionKind.StartEdit => article.StartEdit(actor, reviewSteps, now, comment),
            ArticleTransitionKind.SendForApproval => article.SendForApproval(actor, reviewSteps, now, comment),
            ArticleTransitionKind.Approve => article.Approve(actor, reviewSteps, now, comment),
            ArticleTransitionKind.ReturnForRevision => article.ReturnForRevision(actor, reviewSteps, now, comment),
            ArticleTransitionKind.Unpublish => article.Unpublish(actor, reviewSteps, now, comment),
            _ => throw new WorkflowPermissionException("Thao tác không hợp lệ."),
        };
    }

    private async Task<Article> InTransactionAsync(int portalId, IFormFile? cover, string? userId, Func<string?, Task<Article>> apply, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        MediaFile? stored = null;
        try
        {
            if (cover is { Length: > 0 })
            {
                try
                {
                    stored = await media.SaveImageAsync(portalId, cover, userId, ct);
                }
                catch (DomainException e)
                {
                    throw new ArticleValidationException(new Dictionary<string, string> { [CoverUploadField] = "Ảnh đại diện: " + e.Message });
                }
            }
            var article = await apply(stored?.PublicUrl);
            await SaveAsync(ct);
            await transaction.CommitAsync(ct);
            return article;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (stored is not null)
            {
                // The row went with the rollback; the file must go too.
                File.Delete(mediaRoot.Resolve(stored.StoragePath));
            }
            throw;
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ConflictMessage);
        }
    }
}
