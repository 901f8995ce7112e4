using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Content.Models;

/// <summary>The moves an article can make through the news production process (quy trình sản xuất tin bài).</summary>
public enum ArticleTransitionKind
{
    Submit = 1,
    StartEdit = 2,
    SendForApproval = 3,
    Approve = 4,
    ReturnForRevision = 5,
    Unpublish = 6,
    /// <summary>Approve now, publish at a chosen time.</summary>
    Schedule = 7,
    /// <summary>The system publishes a scheduled article when its time comes.</summary>
    PublishOnSchedule = 8,
    /// <summary>The system takes a published article down at the time set for it.</summary>
    UnpublishOnSchedule = 9,
}

/// <summary>One row of the workflow: the move <see cref="Kind"/> takes an article from <see cref="From"/> to <see cref="To"/> for holders of <see cref="Permission"/>, in portals using one of <see cref="ReviewSteps"/>.</summary>
public sealed record WorkflowRule(ArticleTransitionKind Kind, ArticleStatus From, ArticleStatus To, Permission Permission, int[] ReviewSteps)
{
    public bool AppliesTo(int reviewSteps) => ReviewSteps.Contains(reviewSteps);

    /// <summary>The button's words, which say where the article goes.</summary>
    public string Label => Kind switch
    {
        ArticleTransitionKind.SendForApproval when To == ArticleStatus.AwaitingReview => "Gửi thư ký tòa soạn",
        _ => Kind.ToVietnamese(),
    };
}

/// <summary>Who performs a transition and which permissions they hold in the article's unit; the system (scheduled work) holds them all.</summary>
public sealed record WorkflowActor(string? UserId, string Name, Func<Permission, bool> Holds)
{
    public static readonly WorkflowActor System = new(null, "Hệ thống (tự động)", _ => true);

    public static WorkflowActor WithRoles(string? userId, string name, IEnumerable<StaffRole> roles)
    {
        var held = roles.ToHashSet();
        return new WorkflowActor(userId, name, p => held.Any(p.IsGrantedTo));
    }
}

/// <summary>
/// The editorial workflow as a table, in the manner of Drupal's content moderation: states, transitions between
/// them, and the permission each transition needs. A portal uses 1, 2 or 3 review steps:
/// 1 = submitted → published by an editor; 2 = submitted → under edit → approved by the editor-in-chief;
/// 3 = as 2, with the managing editor's check before approval. Every review step can return the article for revision.
/// </summary>
public static class EditorialWorkflow
{
    public const int MinReviewSteps = 1;
    public const int MaxReviewSteps = 3;
    public const int CommentMaxLength = 2000;

    private static readonly int[] All = [1, 2, 3];
    private static readonly int[] One = [1];
    private static readonly int[] TwoAndThree = [2, 3];
    private static readonly int[] Two = [2];
    private static readonly int[] Three = [3];

    public static readonly IReadOnlyList<ArticleStatus> ReviewStates =
        [ArticleStatus.Submitted, ArticleStatus.UnderEdit, ArticleStatus.AwaitingReview, ArticleStatus.AwaitingApproval];

    /// <summary>States from which the final approver may publish: anything not yet public (a draft of theirs too).</summary>
    private static readonly ArticleStatus[] Publishable =
        [ArticleStatus.Draft, ArticleStatus.Returned, .. ReviewStates, ArticleStatus.Unpublished, ArticleStatus.Scheduled];

    /// <summary>Moves only the system makes, at the time set for them; they are no one's permission and never a button.</summary>
    public static readonly IReadOnlyList<ArticleTransitionKind> AutomaticKinds = [ArticleTransitionKind.PublishOnSchedule, ArticleTransitionKind.UnpublishOnSchedule];

    public static readonly IReadOnlyList<WorkflowRule> Rules = BuildRules();

    private static List<WorkflowRule> BuildRules()
    {
        var submit = WorkflowPermissions.Submit;
        var edit = WorkflowPermissions.Edit;
        var review = WorkflowPermissions.Review;
        var approve = WorkflowPermissions.Approve;
        List<WorkflowRule> rules =
        [
            new(ArticleTransitionKind.Submit, ArticleStatus.Draft, ArticleStatus.Submitted, submit, All),
            new(ArticleTransitionKind.Submit, ArticleStatus.Returned, ArticleStatus.Submitted, submit, All),

            new(ArticleTransitionKind.StartEdit, ArticleStatus.Submitted, ArticleStatus.UnderEdit, edit, TwoAndThree),
            new(ArticleTransitionKind.SendForApproval, ArticleStatus.UnderEdit, ArticleStatus.AwaitingApproval, edit, Two),
            new(ArticleTransitionKind.SendForApproval, ArticleStatus.UnderEdit, ArticleStatus.AwaitingReview, edit, Three),
            new(ArticleTransitionKind.SendForApproval, ArticleStatus.AwaitingReview, ArticleStatus.AwaitingApproval, review, Three),

            // Each review step returns by the hand of whoever acts on it.
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.Submitted, ArticleStatus.Returned, edit, All),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.UnderEdit, ArticleStatus.Returned, edit, TwoAndThree),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.AwaitingReview, ArticleStatus.Returned, review, Three),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.AwaitingApproval, ArticleStatus.Returned, approve, TwoAndThree),
            // States left over when a portal reduces its steps still have a way out, through the final approver.
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.UnderEdit, ArticleStatus.Returned, edit, One),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.AwaitingReview, ArticleStatus.Returned, edit, One),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.AwaitingApproval, ArticleStatus.Returned, edit, One),
            new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.AwaitingReview, ArticleStatus.Returned, approve, Two),

            new(ArticleTransitionKind.Unpublish, ArticleStatus.Published, ArticleStatus.Unpublished, edit, One),
            new(ArticleTransitionKind.Unpublish, ArticleStatus.Published, ArticleStatus.Unpublished, approve, TwoAndThree),
        ];
        rules.AddRange(Publishable.Select(from => new WorkflowRule(ArticleTransitionKind.Approve, from, ArticleStatus.Published, edit, One)));
        rules.AddRange(Publishable.Select(from => new WorkflowRule(ArticleTransitionKind.Approve, from, ArticleStatus.Published, approve, TwoAndThree)));
        rules.AddRange(Publishable.Select(from => new WorkflowRule(ArticleTransitionKind.Schedule, from, ArticleStatus.Scheduled, edit, One)));
        rules.AddRange(Publishable.Select(from => new WorkflowRule(ArticleTransitionKind.Schedule, from, ArticleStatus.Scheduled, approve, TwoAndThree)));
        // A scheduled article can still be sent back by whoever approved it.
        rules.Add(new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.Scheduled, ArticleStatus.Returned, edit, One));
        rules.Add(new(ArticleTransitionKind.ReturnForRevision, ArticleStatus.Scheduled, ArticleStatus.Returned, approve, TwoAndThree));
        return rules;
    }

    public static bool IsValidReviewSteps(int steps) => steps is >= MinReviewSteps and <= MaxReviewSteps;

    /// <summary>The rule that moves an article in <paramref name="from"/> by <paramref name="kind"/> in a portal with <paramref name="reviewSteps"/>, if the workflow has one.</summary>
    public static WorkflowRule? Find(ArticleTransitionKind kind, ArticleStatus from, int reviewSteps) =>
        Rules.FirstOrDefault(r => r.Kind == kind && r.From == from && r.AppliesTo(reviewSteps));

    /// <summary>The moves <paramref name="actor"/> may make on an article in <paramref name="from"/>.</summary>
    public static IReadOnlyList<WorkflowRule> Allowed(ArticleStatus from, int reviewSteps, WorkflowActor actor) =>
        Rules.Where(r => r.From == from && r.AppliesTo(reviewSteps) && actor.Holds(r.Permission)).ToList();

    /// <summary>Who may take a published article down, and so set the time it goes down.</summary>
    public static Permission FinalApproval(int reviewSteps) => reviewSteps == 1 ? WorkflowPermissions.Edit : WorkflowPermissions.Approve;

    /// <summary>The permissions of a portal's review steps, in order: editor, (managing editor), editor-in-chief.</summary>
    public static IReadOnlyList<Permission> StepPermissions(int reviewSteps) => reviewSteps switch
    {
        1 => [WorkflowPermissions.Edit],
        2 => [WorkflowPermissions.Edit, WorkflowPermissions.Approve],
        _ => [WorkflowPermissions.Edit, WorkflowPermissions.Review, WorkflowPermissions.Approve],
    };

    /// <summary>
    /// What waits for the actor: the review states of the highest step they are responsible for (an editor-in-chief
    /// sees what awaits approval, not every submission, although they may act on those too).
    /// </summary>
    public static IReadOnlyList<ArticleStatus> StatesToActOn(int reviewSteps, WorkflowActor actor)
    {
        var level = StepPermissions(reviewSteps).LastOrDefault(actor.Holds);
        return level is null
            ? []
            : ReviewStates.Where(s => Find(ArticleTransitionKind.ReturnForRevision, s, reviewSteps)?.Permission == level).ToList();
    }

    /// <summary>
    /// Whether the actor may change the article's content now: its writers while it is a draft, returned or taken
    /// down; whoever handles the current review step while in review; the final approver once published.
    /// </summary>
    public static bool CanChangeContent(ArticleStatus status, int reviewSteps, WorkflowActor actor) => status switch
    {
        ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Unpublished => actor.Holds(ContentPermissions.EditArticles),
        _ => Allowed(status, reviewSteps, actor).Any(r => r.Kind != ArticleTransitionKind.Submit),
    };

    /// <summary>
    /// Whether the actor may restore an old revision: whoever may change the content now; and on an approved article any
    /// editor, because there the restored content only waits as a draft for the final approver.
    /// </summary>
    public static bool CanRestore(ArticleStatus status, int reviewSteps, WorkflowActor actor) =>
        CanChangeContent(status, reviewSteps, actor)
        || (status is ArticleStatus.Published or ArticleStatus.Scheduled && actor.Holds(WorkflowPermissions.Edit));

    public static string ToVietnamese(this ArticleTransitionKind kind) => kind switch
    {
        ArticleTransitionKind.Submit => "Gửi duyệt",
        ArticleTransitionKind.StartEdit => "Nhận biên tập",
        ArticleTransitionKind.SendForApproval => "Trình duyệt",
        ArticleTransitionKind.Approve => "Duyệt và xuất bản",
        ArticleTransitionKind.ReturnForRevision => "Trả lại để sửa",
        ArticleTransitionKind.Unpublish => "Gỡ xuất bản",
        ArticleTransitionKind.Schedule => "Duyệt, hẹn giờ đăng",
        ArticleTransitionKind.PublishOnSchedule => "Đăng theo lịch",
        ArticleTransitionKind.UnpublishOnSchedule => "Gỡ theo lịch",
        _ => kind.ToString(),
    };

    public static string ReviewStepsDescription(int steps) => steps switch
    {
        1 => "1 bước: biên tập viên duyệt và xuất bản tin bài được gửi",
        2 => "2 bước: biên tập viên biên tập, trưởng (phó) ban biên tập duyệt",
        3 => "3 bước: biên tập viên biên tập, thư ký tòa soạn kiểm tra, trưởng (phó) ban biên tập duyệt",
        _ => steps.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>One move of an article through the workflow, kept for its history: who, when, from which state to which, and why.</summary>
public class ArticleTransition
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public ArticleTransitionKind Kind { get; set; }
    public ArticleStatus FromStatus { get; set; }
    public ArticleStatus ToStatus { get; set; }
    /// <summary>Null when the system made the move (scheduled publication).</summary>
    public string? UserId { get; set; }
    /// <summary>The name at the time, so the history reads the same after the account changes.</summary>
    public required string ActorName { get; set; }
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}
