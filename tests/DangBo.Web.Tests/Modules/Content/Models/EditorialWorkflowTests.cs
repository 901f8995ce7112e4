using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using static DangBo.Web.Modules.Content.Models.ArticleStatus;
using static DangBo.Web.Modules.Content.Models.ArticleTransitionKind;

namespace DangBo.Web.Tests.Modules.Content.Models;

/// <summary>
/// Every transition from every state, for every role and every number of review steps, against the process
/// as an editorial board describes it (written out below independently of the workflow's own table).
/// </summary>
public class EditorialWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);

    private static readonly StaffRole[] Everyone = Enum.GetValues<StaffRole>();
    private static readonly StaffRole[] EditorsAndAbove = [StaffRole.Editor, StaffRole.ManagingEditor, StaffRole.DeputyEditorInChief, StaffRole.EditorInChief, StaffRole.Administrator];
    private static readonly StaffRole[] ManagingEditorsAndAbove = [StaffRole.ManagingEditor, StaffRole.DeputyEditorInChief, StaffRole.EditorInChief, StaffRole.Administrator];
    private static readonly StaffRole[] ApproversOnly = [StaffRole.DeputyEditorInChief, StaffRole.EditorInChief, StaffRole.Administrator];
    private static readonly ArticleStatus[] NotYetPublic = [Draft, Returned, Submitted, UnderEdit, AwaitingReview, AwaitingApproval, Unpublished, Scheduled];

    /// <summary>(steps, move, from) → (to, who may make it). Everything not listed is forbidden.</summary>
    private static readonly Dictionary<(int Steps, ArticleTransitionKind Kind, ArticleStatus From), (ArticleStatus To, StaffRole[] Who)> Process = BuildProcess();

    private static Dictionary<(int, ArticleTransitionKind, ArticleStatus), (ArticleStatus, StaffRole[])> BuildProcess()
    {
        var p = new Dictionary<(int, ArticleTransitionKind, ArticleStatus), (ArticleStatus, StaffRole[])>();
        foreach (var steps in new[] { 1, 2, 3 })
        {
            // Anyone who writes submits a draft or a returned article.
            p[(steps, Submit, Draft)] = (Submitted, Everyone);
            p[(steps, Submit, Returned)] = (Submitted, Everyone);
            // The final approver publishes anything not yet public and takes published articles down.
            var finalApprover = steps == 1 ? EditorsAndAbove : ApproversOnly;
            foreach (var from in NotYetPublic)
            {
                p[(steps, Approve, from)] = (Published, finalApprover);
                p[(steps, Schedule, from)] = (Scheduled, finalApprover);
            }
            p[(steps, Unpublish, Published)] = (Unpublished, finalApprover);
            p[(steps, ReturnForRevision, Scheduled)] = (Returned, finalApprover);
            p[(steps, ReturnForRevision, Submitted)] = (Returned, EditorsAndAbove);
        }
        // One step: the editor is the only reviewer, and clears states left over from a longer process.
        p[(1, ReturnForRevision, UnderEdit)] = (Returned, EditorsAndAbove);
        p[(1, ReturnForRevision, AwaitingReview)] = (Returned, EditorsAndAbove);
        p[(1, ReturnForRevision, AwaitingApproval)] = (Returned, EditorsAndAbove);
        // Two steps: editor edits, editor-in-chief approves.
        p[(2, StartEdit, Submitted)] = (UnderEdit, EditorsAndAbove);
        p[(2, SendForApproval, UnderEdit)] = (AwaitingApproval, EditorsAndAbove);
        p[(2, ReturnForRevision, UnderEdit)] = (Returned, EditorsAndAbove);
        p[(2, ReturnForRevision, AwaitingReview)] = (Returned, ApproversOnly);
        p[(2, ReturnForRevision, AwaitingApproval)] = (Returned, ApproversOnly);
        // Three steps: the managing editor checks between them.
        p[(3, StartEdit, Submitted)] = (UnderEdit, EditorsAndAbove);
        p[(3, SendForApproval, UnderEdit)] = (AwaitingReview, EditorsAndAbove);
        p[(3, SendForApproval, AwaitingReview)] = (AwaitingApproval, ManagingEditorsAndAbove);
        p[(3, ReturnForRevision, UnderEdit)] = (Returned, EditorsAndAbove);
        p[(3, ReturnForRevision, AwaitingReview)] = (Returned, ManagingEditorsAndAbove);
        p[(3, ReturnForRevision, AwaitingApproval)] = (Returned, ApproversOnly);
        return p;
    }

    public static TheoryData<int, StaffRole, ArticleTransitionKind, ArticleStatus> EveryCase()
    {
        var data = new TheoryData<int, StaffRole, ArticleTransitionKind, ArticleStatus>();
        foreach (var steps in new[] { 1, 2, 3 })
        {
            foreach (var role in Everyone)
            {
                foreach (var kind in Enum.GetValues<ArticleTransitionKind>().Except(EditorialWorkflow.AutomaticKinds))
                {
                    foreach (var from in Enum.GetValues<ArticleStatus>())
                    {
                        data.Add(steps, role, kind, from);
                    }
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void Transition_ByRoleFromState_IsAllowedExactlyWhenTheProcessSaysSo(int steps, StaffRole role, ArticleTransitionKind kind, ArticleStatus from)
    {
        var article = ArticleIn(from);
        var before = article.Transitions.Count;
        var actor = WorkflowActor.WithRoles("user-1", "Người thử", [role]);

        if (Process.TryGetValue((steps, kind, from), out var expected) && expected.Who.Contains(role))
        {
            var transition = Apply(article, kind, actor, steps);
            Assert.Equal(expected.To, article.Status);
            Assert.Equal((kind, from, expected.To, "user-1", "Người thử", Now), (transition.Kind, transition.FromStatus, transition.ToStatus, transition.UserId, transition.ActorName, transition.At));
            Assert.Same(transition, article.Transitions[^1]);
            Assert.Equal(Now, article.StatusChangedAt);
            Assert.Contains(EditorialWorkflow.Allowed(from, steps, actor), r => r.Kind == kind && r.To == expected.To);
        }
        else
        {
            var error = Assert.ThrowsAny<DomainException>(() => Apply(article, kind, actor, steps));
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.Equal(from, article.Status);
            Assert.Equal(before, article.Transitions.Count);
            Assert.DoesNotContain(EditorialWorkflow.Allowed(from, steps, actor), r => r.Kind == kind);
            if (Process.ContainsKey((steps, kind, from)))
            {
                Assert.IsType<WorkflowPermissionException>(error);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ReturnForRevision_WithoutAReason_IsRefusedAndNothingChanges(string? reason)
    {
        var article = ArticleIn(Submitted);
        var editor = WorkflowActor.WithRoles("e", "Biên tập viên", [StaffRole.Editor]);

        var error = Assert.Throws<DomainException>(() => article.ReturnForRevision(editor, 2, Now, reason));

        Assert.Contains("lý do", error.Message);
        Assert.Equal(Submitted, article.Status);
    }

    [Fact]
    public void ReturnForRevision_WithAReason_KeepsTheReasonInTheHistory()
    {
        var article = ArticleIn(AwaitingApproval);
        var chief = WorkflowActor.WithRoles("c", "Trưởng ban", [StaffRole.EditorInChief]);

        var transition = article.ReturnForRevision(chief, 3, Now, "  Bổ sung số liệu quý III.  ");

        Assert.Equal("Bổ sung số liệu quý III.", transition.Comment);
        Assert.Equal(Returned, article.Status);
    }

    [Fact]
    public void Transition_WithATooLongComment_IsRefusedAndNothingChanges()
    {
        var article = ArticleIn(Draft);
        var writer = WorkflowActor.WithRoles("w", "Cộng tác viên", [StaffRole.Contributor]);

        Assert.Throws<DomainException>(() => article.Submit(writer, 1, Now, new string('a', EditorialWorkflow.CommentMaxLength + 1)));

        Assert.Equal(Draft, article.Status);
        Assert.Empty(article.Transitions);
    }

    [Fact]
    public void Approve_PublishesAtTheGivenTime()
    {
        var article = ArticleIn(AwaitingApproval);
        var chief = WorkflowActor.WithRoles("c", "Trưởng ban", [StaffRole.EditorInChief]);

        article.Approve(chief, 2, Now);

        Assert.True(article.IsPublic);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Theory]
    [InlineData(1, StaffRole.Contributor, new ArticleStatus[0])]
    [InlineData(1, StaffRole.Editor, new[] { Submitted, UnderEdit, AwaitingReview, AwaitingApproval })]
    [InlineData(1, StaffRole.EditorInChief, new[] { Submitted, UnderEdit, AwaitingReview, AwaitingApproval })]
    [InlineData(2, StaffRole.Editor, new[] { Submitted, UnderEdit })]
    [InlineData(2, StaffRole.ManagingEditor, new[] { Submitted, UnderEdit })]
    [InlineData(2, StaffRole.EditorInChief, new[] { AwaitingReview, AwaitingApproval })]
    [InlineData(3, StaffRole.Editor, new[] { Submitted, UnderEdit })]
    [InlineData(3, StaffRole.ManagingEditor, new[] { AwaitingReview })]
    [InlineData(3, StaffRole.DeputyEditorInChief, new[] { AwaitingApproval })]
    public void StatesToActOn_AreTheStepThePersonAnswersFor(int steps, StaffRole role, ArticleStatus[] expected)
    {
        var actor = WorkflowActor.WithRoles("u", "Người", [role]);
        Assert.Equal(expected, EditorialWorkflow.StatesToActOn(steps, actor));
    }

    [Theory]
    [InlineData(Draft, StaffRole.Contributor, 3, true)]
    [InlineData(Returned, StaffRole.Contributor, 3, true)]
    [InlineData(Submitted, StaffRole.Contributor, 3, false)]
    [InlineData(Submitted, StaffRole.Editor, 3, true)]
    [InlineData(AwaitingReview, StaffRole.Editor, 3, false)]
    [InlineData(AwaitingReview, StaffRole.ManagingEditor, 3, true)]
    [InlineData(AwaitingApproval, StaffRole.ManagingEditor, 3, false)]
    [InlineData(AwaitingApproval, StaffRole.EditorInChief, 3, true)]
    [InlineData(Published, StaffRole.Editor, 3, false)]
    [InlineData(Published, StaffRole.Editor, 1, true)]
    [InlineData(Published, StaffRole.DeputyEditorInChief, 2, true)]
    public void CanChangeContent_BelongsToWhoeverHandlesTheCurrentStep(ArticleStatus status, StaffRole role, int steps, bool expected)
    {
        Assert.Equal(expected, EditorialWorkflow.CanChangeContent(status, steps, WorkflowActor.WithRoles("u", "Người", [role])));
    }

    private static ArticleTransition Apply(Article article, ArticleTransitionKind kind, WorkflowActor actor, int steps) => kind switch
    {
        Submit => article.Submit(actor, steps, Now),
        StartEdit => article.StartEdit(actor, steps, Now),
        SendForApproval => article.SendForApproval(actor, steps, Now),
        Approve => article.Approve(actor, steps, Now),
        ReturnForRevision => article.ReturnForRevision(actor, steps, Now, "Cần sửa lại phần mở đầu."),
        Unpublish => article.Unpublish(actor, steps, Now),
        Schedule => article.Schedule(actor, steps, Now, Now.AddHours(2)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>An article brought to <paramref name="status"/> along the three-step process by the system.</summary>
    private static Article ArticleIn(ArticleStatus status)
    {
        var article = new Article { Title = "Hội nghị sơ kết công tác xây dựng Đảng", Slug = "hoi-nghi", BodyHtml = "<p>Nội dung.</p>" };
        void Go(params ArticleTransitionKind[] kinds)
        {
            foreach (var kind in kinds)
            {
                Apply(article, kind, WorkflowActor.System, 3);
            }
        }
        switch (status)
        {
            case Draft: break;
            case Returned: Go(Submit, ReturnForRevision); break;
            case Submitted: Go(Submit); break;
            case UnderEdit: Go(Submit, StartEdit); break;
            case AwaitingReview: Go(Submit, StartEdit, SendForApproval); break;
            case AwaitingApproval: Go(Submit, StartEdit, SendForApproval, SendForApproval); break;
            case Published: Go(Approve); break;
            case Unpublished: Go(Approve, Unpublish); break;
            case Scheduled: Go(Schedule); break;
            default: throw new ArgumentOutOfRangeException(nameof(status));
        }
        Assert.Equal(status, article.Status);
        return article;
    }

    [Fact]
    public void Schedule_InThePast_IsRefused()
    {
        var article = ArticleIn(AwaitingApproval);
        var chief = WorkflowActor.WithRoles("c", "Trưởng ban", [StaffRole.EditorInChief]);

        Assert.Throws<DomainException>(() => article.Schedule(chief, 3, Now, Now.AddMinutes(-1)));

        Assert.Equal(AwaitingApproval, article.Status);
    }

    [Fact]
    public void PublishIfDue_BeforeTheTime_DoesNothing_AtTheTime_PublishesAsTheSystem()
    {
        var article = ArticleIn(AwaitingApproval);
        article.Schedule(WorkflowActor.WithRoles("c", "Trưởng ban", [StaffRole.EditorInChief]), 3, Now, Now.AddHours(3));

        Assert.Null(article.PublishIfDue(Now.AddHours(3).AddSeconds(-1)));
        Assert.Equal(Scheduled, article.Status);
        Assert.False(article.IsPublic);

        var transition = article.PublishIfDue(Now.AddHours(3).AddMinutes(1));

        Assert.NotNull(transition);
        Assert.Equal((PublishOnSchedule, Scheduled, Published, (string?)null), (transition.Kind, transition.FromStatus, transition.ToStatus, transition.UserId));
        Assert.Equal(Now.AddHours(3), article.PublishedAt);
        Assert.Null(article.ScheduledPublishAt);
        Assert.Null(article.PublishIfDue(Now.AddDays(1)));
    }

    [Fact]
    public void UnpublishIfDue_TakesDownAtTheTimeSet()
    {
        var article = ArticleIn(Published);
        var chief = WorkflowActor.WithRoles("c", "Trưởng ban", [StaffRole.EditorInChief]);
        article.ScheduleUnpublish(chief, 2, Now, Now.AddDays(7));

        Assert.Null(article.UnpublishIfDue(Now.AddDays(6)));
        var transition = article.UnpublishIfDue(Now.AddDays(7));

        Assert.Equal((UnpublishOnSchedule, Unpublished), (transition!.Kind, article.Status));
        Assert.Null(article.ScheduledUnpublishAt);
    }

    [Fact]
    public void ScheduleUnpublish_ByAnEditorInATwoStepPortal_IsForbidden()
    {
        var article = ArticleIn(Published);
        var editor = WorkflowActor.WithRoles("e", "Biên tập viên", [StaffRole.Editor]);

        Assert.Throws<WorkflowPermissionException>(() => article.ScheduleUnpublish(editor, 2, Now, Now.AddDays(1)));
        Assert.Null(article.ScheduledUnpublishAt);
    }

    [Fact]
    public void Allowed_NeverOffersTheSystemsOwnMoves()
    {
        foreach (var status in Enum.GetValues<ArticleStatus>())
        {
            Assert.DoesNotContain(EditorialWorkflow.Allowed(status, 3, WorkflowActor.System), r => EditorialWorkflow.AutomaticKinds.Contains(r.Kind));
        }
    }
}
