using DangBo.Web.Infrastructure;

namespace DangBo.Web.Modules.Content.Models;

/// <summary>A news article (tin bài) of one portal.</summary>
public class Article
{
    public const int TitleMaxLength = 300;
    public const int LeadMaxLength = 1000;

    public int Id { get; set; }
    public int PortalId { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public List<Topic> Topics { get; set; } = [];

    public required string Title { get; set; }
    /// <summary>Fixed at first publication so that published addresses stay stable.</summary>
    public required string Slug { get; set; }
    public string Lead { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string? CoverImagePath { get; set; }
    public string? CoverImageCaption { get; set; }
    public string? Author { get; set; }
    public string? PenName { get; set; }
    public string? Source { get; set; }
    public bool IsFeatured { get; set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public DateTime? PublishedAt { get; private set; }
    /// <summary>When the article entered its current status: how long it has been waiting.</summary>
    public DateTime? StatusChangedAt { get; private set; }
    /// <summary>When a scheduled article goes public (UTC).</summary>
    public DateTime? ScheduledPublishAt { get; private set; }
    /// <summary>When a published article is to be taken down (UTC), if ever.</summary>
    public DateTime? ScheduledUnpublishAt { get; private set; }
    /// <summary>The workflow history, oldest first; new moves are added here and saved with the article.</summary>
    public List<ArticleTransition> Transitions { get; set; } = [];
    /// <summary>Every save's content; new ones are added here and saved with the article.</summary>
    public List<ArticleRevision> Revisions { get; set; } = [];
    /// <summary>
    /// A revision restored while the article is approved (published or scheduled): a draft that readers do not see
    /// until the final approver publishes it. Null when there is none.
    /// </summary>
    public int? PendingRevisionNumber { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public string? UpdatedByUserId { get; set; }
    public long ViewCount { get; set; }
    /// <summary>Optimistic concurrency token, incremented on every save.</summary>
    public int Version { get; set; }

    public bool IsPublic => Status == ArticleStatus.Published;

    /// <summary>Its content is approved for readers (now or at its scheduled time), so a change of content needs approval again.</summary>
    public bool IsApproved => Status is ArticleStatus.Published or ArticleStatus.Scheduled;

    /// <summary>Keeps <paramref name="revisionNumber"/> as the pending draft, replacing any earlier one.</summary>
    public void HoldDraft(int revisionNumber) => PendingRevisionNumber = revisionNumber;

    public void ClearDraft() => PendingRevisionNumber = null;

    /// <summary>Byline shown to readers: the pen name when there is one.</summary>
    public string? Byline => string.IsNullOrWhiteSpace(PenName) ? Author : PenName;

    public void Publish(DateTime nowUtc, DateTime? publishedAtUtc = null)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new DomainException("Tin bài phải có tiêu đề trước khi xuất bản.");
        }
        if (string.IsNullOrWhiteSpace(BodyHtml))
        {
            throw new DomainException("Tin bài phải có nội dung trước khi xuất bản.");
        }
        Status = ArticleStatus.Published;
        PublishedAt = publishedAtUtc ?? PublishedAt ?? nowUtc;
    }

    public void Unpublish()
    {
        if (Status != ArticleStatus.Published)
        {
            throw new DomainException("Chỉ có thể gỡ tin bài đang xuất bản.");
        }
        Status = ArticleStatus.Unpublished;
    }

    public void ReturnToDraft() => Status = ArticleStatus.Draft;

    // The workflow. Each move checks the table (EditorialWorkflow) for the portal's number of review steps and
    // the actor's permissions in the article's unit, then records itself in the history.

    /// <summary>The writer sends the draft (or the revised article) to the editorial board.</summary>
    public ArticleTransition Submit(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment = null) =>
        Move(ArticleTransitionKind.Submit, actor, reviewSteps, nowUtc, comment);

    /// <summary>An editor takes the submitted article to edit it.</summary>
    public ArticleTransition StartEdit(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment = null) =>
        Move(ArticleTransitionKind.StartEdit, actor, reviewSteps, nowUtc, comment);

    /// <summary>Sends the edited article on to the next step: the managing editor or the approver.</summary>
    public ArticleTransition SendForApproval(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment = null) =>
        Move(ArticleTransitionKind.SendForApproval, actor, reviewSteps, nowUtc, comment);

    /// <summary>The final approver approves and publishes (at <paramref name="publishAtUtc"/> when given).</summary>
    public ArticleTransition Approve(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment = null, DateTime? publishAtUtc = null)
    {
        var rule = Check(ArticleTransitionKind.Approve, actor, reviewSteps, comment);
        Publish(nowUtc, publishAtUtc);
        return Record(rule, actor, nowUtc, comment);
    }

    /// <summary>The final approver approves now and the system publishes at <paramref name="publishAtUtc"/>.</summary>
    public ArticleTransition Schedule(WorkflowActor actor, int reviewSteps, DateTime nowUtc, DateTime publishAtUtc, string? comment = null)
    {
        var rule = Check(ArticleTransitionKind.Schedule, actor, reviewSteps, comment);
        if (publishAtUtc <= nowUtc)
        {
            throw new DomainException("Giờ đăng phải sau thời điểm hiện tại; muốn đăng ngay, hãy bấm «Duyệt và xuất bản».");
        }
        var transition = Record(rule, actor, nowUtc, comment);
        ScheduledPublishAt = publishAtUtc;
        return transition;
    }

    /// <summary>Sets (or clears, with null) the time at which the system takes the article down; the final approver's decision.</summary>
    public void ScheduleUnpublish(WorkflowActor actor, int reviewSteps, DateTime nowUtc, DateTime? unpublishAtUtc)
    {
        if (!actor.Holds(EditorialWorkflow.FinalApproval(reviewSteps)))
        {
            throw new WorkflowPermissionException("Bạn không có quyền đặt lịch gỡ tin bài.");
        }
        if (Status is not (ArticleStatus.Published or ArticleStatus.Scheduled))
        {
            throw new DomainException("Chỉ đặt lịch gỡ cho tin bài đã duyệt.");
        }
        if (unpublishAtUtc is { } at && (at <= nowUtc || ScheduledPublishAt is { } publishAt && at <= publishAt))
        {
            throw new DomainException("Giờ gỡ phải sau thời điểm hiện tại và sau giờ đăng.");
        }
        ScheduledUnpublishAt = unpublishAtUtc;
    }

    /// <summary>The system's move when a scheduled article's time has come; null when nothing is due.</summary>
    public ArticleTransition? PublishIfDue(DateTime nowUtc)
    {
        if (Status != ArticleStatus.Scheduled || ScheduledPublishAt is not { } at || at > nowUtc)
        {
            return null;
        }
        Publish(nowUtc, PublishedAt ?? at);
        return Record(new WorkflowRule(ArticleTransitionKind.PublishOnSchedule, ArticleStatus.Scheduled, ArticleStatus.Published, WorkflowPermissions.Approve, []),
            WorkflowActor.System, nowUtc, null);
    }

    /// <summary>The system's move when a published article's time to go down has come; null when nothing is due.</summary>
    public ArticleTransition? UnpublishIfDue(DateTime nowUtc)
    {
        if (Status != ArticleStatus.Published || ScheduledUnpublishAt is not { } at || at > nowUtc)
        {
            return null;
        }
        ScheduledUnpublishAt = null;
        return Record(new WorkflowRule(ArticleTransitionKind.UnpublishOnSchedule, ArticleStatus.Published, ArticleStatus.Unpublished, WorkflowPermissions.Approve, []),
            WorkflowActor.System, nowUtc, null);
    }

    /// <summary>Any review step sends the article back to its writer; the reason is required.</summary>
    public ArticleTransition ReturnForRevision(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Vui lòng ghi lý do trả lại để người viết biết cần sửa gì.");
        }
        return Move(ArticleTransitionKind.ReturnForRevision, actor, reviewSteps, nowUtc, reason);
    }

    public ArticleTransition Unpublish(WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment = null) =>
        Move(ArticleTransitionKind.Unpublish, actor, reviewSteps, nowUtc, comment);

    private ArticleTransition Move(ArticleTransitionKind kind, WorkflowActor actor, int reviewSteps, DateTime nowUtc, string? comment)
    {
        var rule = Check(kind, actor, reviewSteps, comment);
        return Record(rule, actor, nowUtc, comment);
    }

    private WorkflowRule Check(ArticleTransitionKind kind, WorkflowActor actor, int reviewSteps, string? comment)
    {
        if (comment is { Length: > EditorialWorkflow.CommentMaxLength })
        {
            throw new DomainException($"Ghi chú dài tối đa {EditorialWorkflow.CommentMaxLength} ký tự.");
        }
        var rule = EditorialWorkflow.Find(kind, Status, reviewSteps)
            ?? throw new DomainException($"Không thể «{kind.ToVietnamese()}» tin bài đang ở trạng thái «{Status.ToVietnamese()}».");
        if (!actor.Holds(rule.Permission))
        {
            throw new WorkflowPermissionException($"Bạn không có quyền «{rule.Label}» tin bài đang ở trạng thái «{Status.ToVietnamese()}».");
        }
        return rule;
    }

    private ArticleTransition Record(WorkflowRule rule, WorkflowActor actor, DateTime nowUtc, string? comment)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim().Normalize();
        var transition = new ArticleTransition
        {
            ArticleId = Id, Kind = rule.Kind, FromStatus = rule.From, ToStatus = rule.To,
            UserId = actor.UserId, ActorName = actor.Name, At = nowUtc, Comment = text,
        };
        Status = rule.To;
        StatusChangedAt = nowUtc;
        if (rule.To != ArticleStatus.Scheduled)
        {
            ScheduledPublishAt = null;
        }
        if (rule.To != ArticleStatus.Published && rule.To != ArticleStatus.Scheduled)
        {
            ScheduledUnpublishAt = null;
        }
        Transitions.Add(transition);
        return transition;
    }
}

/// <summary>The person lacks the permission a transition needs; pages answer 403.</summary>
public sealed class WorkflowPermissionException(string message) : DomainException(message);

public static class ArticleQueries
{
    /// <summary>What readers may see: published, and its publication time has come. Every public list, page, feed and sitemap starts here.</summary>
    public static IQueryable<Article> VisibleToReaders(this IQueryable<Article> articles, int portalId, DateTime nowUtc) =>
        articles.Where(a => a.PortalId == portalId).PublicAt(nowUtc);

    /// <summary>Published and its time has come, whichever portal it belongs to (articles one portal carries for another).</summary>
    public static IQueryable<Article> PublicAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= nowUtc);

    /// <summary>
    /// The articles of other portals this portal carries (accepted proposals from below, pushes from above), public or
    /// not: add <see cref="PublicAt"/> for what readers see. Starts from the portal's shares (few), not the articles (many).
    /// </summary>
    public static IQueryable<Article> CarriedBy(this IQueryable<ArticleShare> shares, int portalId) =>
        shares.Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted).Select(s => s.Article!);

    /// <summary>
    /// The portals that carry these shares' articles now (accepted shares): the portals whose lists must be evicted when
    /// such an article is published, unpublished, re-dated or moved (see <see cref="Infrastructure.Web.Caching.CacheTags.Carried"/>).
    /// </summary>
    public static IQueryable<int> CarryingPortals(this IQueryable<ArticleShare> shares) =>
        shares.Where(s => s.Status == ShareStatus.Accepted).Select(s => s.PortalId).Distinct();

    /// <summary>
    /// A carried article belongs in the carrying portal's category of the same slug as its own category: it is read
    /// there at /tin-tuc/&lt;slug&gt;/..., so that category's page, its feed and the search's category filter list it.
    /// </summary>
    public static IQueryable<Article> InCategoryOfSlug(this IQueryable<Article> articles, string categorySlug) =>
        articles.Where(a => a.Category!.Slug == categorySlug);
}

/// <summary>Values leave gaps so the editorial workflow can add its review states between them.</summary>
public enum ArticleStatus
{
    Draft = 1,
    /// <summary>Sent back for revision by a review step, with a reason.</summary>
    Returned = 5,
    Submitted = 10,
    UnderEdit = 20,
    /// <summary>Edited, waiting for the managing editor's check (three-step portals).</summary>
    AwaitingReview = 30,
    /// <summary>Waiting for the editor-in-chief's (or deputy's) approval.</summary>
    AwaitingApproval = 40,
    /// <summary>Approved; the system publishes it at its scheduled time.</summary>
    Scheduled = 45,
    Published = 50,
    Unpublished = 60,
}

public static class ArticleStatusNames
{
    public static string ToVietnamese(this ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.Returned => "Bị trả lại",
        ArticleStatus.Submitted => "Chờ biên tập",
        ArticleStatus.UnderEdit => "Đang biên tập",
        ArticleStatus.AwaitingReview => "Chờ thư ký tòa soạn",
        ArticleStatus.AwaitingApproval => "Chờ duyệt",
        ArticleStatus.Scheduled => "Đã duyệt, chờ đăng",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Unpublished => "Đã gỡ",
        _ => status.ToString(),
    };
}
