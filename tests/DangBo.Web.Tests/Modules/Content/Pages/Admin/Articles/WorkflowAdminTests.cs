using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content.Pages.Admin.Articles;

/// <summary>The news production process through the back office, as each role sees and uses it (the demo portal uses three review steps).</summary>
public abstract class WorkflowAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task ThreeSteps_EachRoleMovesTheArticleOn_HistoryShowsEveryMove()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var managing = await WebSession.SignedInAsync(factory, "thuky");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");

        var id = await CreateAndSubmitAsync(contributor, Unique("Tin qua ba bước duyệt"));
        Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));

        // The contributor may no longer change it nor move it, and sees that.
        var own = await contributor.GetPageAsync(EditUrl(id));
        Assert.Empty(own.QuerySelectorAll(".publish-actions button"));
        Assert.Empty(own.QuerySelectorAll("#workflow-form"));

        Assert.Equal(["Nhận biên tập", "Trả lại để sửa", ], await ButtonsAsync(managing, id, exclude: "Duyệt và xuất bản"));
        await MoveAsync(editor, id, "Nhận biên tập");
        Assert.Equal(ArticleStatus.UnderEdit, await StatusAsync(id));
        Assert.Equal(["Gửi thư ký tòa soạn", "Trả lại để sửa"], await ButtonsAsync(editor, id));
        await MoveAsync(editor, id, "Gửi thư ký tòa soạn", "Đã biên tập xong.");
        Assert.Equal(ArticleStatus.AwaitingReview, await StatusAsync(id));
        Assert.Equal(["Trình duyệt", "Trả lại để sửa"], await ButtonsAsync(managing, id));
        Assert.Empty(await ButtonsAsync(editor, id));
        await MoveAsync(managing, id, "Trình duyệt");
        Assert.Equal(ArticleStatus.AwaitingApproval, await StatusAsync(id));
        await MoveAsync(chief, id, "Duyệt và xuất bản");

        Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        var page = await chief.GetPageAsync(EditUrl(id));
        var history = page.QuerySelectorAll(".history-item").Select(li => li.TextContent).ToList();
        Assert.Equal(5, history.Count);
        Assert.Contains("Trần Thị Biên Tập", history[0]);
        Assert.Contains("Chờ duyệt", history[0]);
        Assert.Contains("Đã xuất bản", history[0]);
        Assert.Contains("Đã biên tập xong.", history[2]);
        Assert.Contains("Phạm Cộng Tác", history[^1]);
    }

    [Fact]
    public async Task Return_WithoutReason_IsRefusedWithAMessage_WithReasonGoesBackToTheWriter()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var id = await CreateAndSubmitAsync(contributor, Unique("Tin bị trả lại"));

        var page = await editor.GetPageAsync(EditUrl(id));
        var refused = await editor.SubmitAsync(page.Form("#workflow-form"), new() { ["Comment"] = "  " }, page.Button("Trả lại để sửa"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await WebSession.ParseAsync(refused, EditUrl(id));
        Assert.Contains(shown.Errors(), e => e.Contains("lý do", StringComparison.Ordinal));
        Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));

        await MoveAsync(editor, id, "Trả lại để sửa", "Thiếu nguồn tin và ảnh.");

        Assert.Equal(ArticleStatus.Returned, await StatusAsync(id));
        var own = await contributor.GetPageAsync(EditUrl(id));
        Assert.Contains("Lý do: Thiếu nguồn tin và ảnh.", own.QuerySelector(".history-comment")!.TextContent);
        // The writer can fix it and send it again.
        var resubmit = await contributor.SubmitAsync(own.Form("#article-form"), new() { ["Input.Source"] = "Báo Sơn Hà" }, own.Button("Lưu và gửi duyệt"));
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));
    }

    [Fact]
    public async Task HandMadePost_ForAMoveThePersonMayNotMake_IsForbiddenAndNothingChanges()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var id = await CreateAndSubmitAsync(contributor, Unique("Tin bị thử duyệt lén"));
        var page = await editor.GetPageAsync(EditUrl(id));
        // The contributor's own page has no workflow form: post their article form to the move instead.
        var own = await contributor.GetPageAsync(EditUrl(id));
        var forged = own.Form("#article-form");
        forged.SetAttribute("action", EditUrl(id) + "?handler=Transition");

        // An editor in a three-step portal may not approve; a contributor may not even take it to edit.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SubmitAsync(page.Form("#workflow-form"), new() { ["kind"] = "Approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.SubmitAsync(forged, new() { ["kind"] = "StartEdit" })).StatusCode);
        var article = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Submitted, article.Status);
        Assert.Null(article.PublishedAt);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ArticleTransitions.CountAsync(t => t.ArticleId == id)));
    }

    [Fact]
    public async Task Move_FromAPageLoadedBeforeSomeoneElsesMove_ShowsTheConflictAndDoesNothing()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var id = await CreateAndSubmitAsync(contributor, Unique("Tin hai người cùng xử lý"));
        var stale = await editor.GetPageAsync(EditUrl(id));
        await MoveAsync(chief, id, "Trả lại để sửa", "Trùng với tin đã đăng.");

        var response = await editor.SubmitAsync(stale.Form("#workflow-form"), [], stale.Button("Nhận biên tập"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await WebSession.ParseAsync(response, EditUrl(id));
        Assert.Contains(shown.Errors(), e => e.Contains("vừa được người khác sửa", StringComparison.Ordinal));
        Assert.Equal(ArticleStatus.Returned, await StatusAsync(id));
    }

    [Fact]
    public async Task EditorOfAnotherUnit_CannotOpenOrMoveTheProvincesArticles()
    {
        var userName = "btv" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var commune = await db.Units.FirstAsync(u => u.ParentId != null);
            var user = new UserAccount { UserName = userName, FullName = "Biên tập viên xã", UnitId = commune.Id };
            Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = commune.Id, Role = StaffRole.EditorInChief });
            await db.SaveChangesAsync();
        }
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var outsider = await WebSession.SignedInAsync(factory, userName);
        var id = await CreateAndSubmitAsync(contributor, Unique("Tin của tỉnh"));

        AssertRefused(await outsider.GetAsync(EditUrl(id)));
        Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));
    }

    [Fact]
    public async Task Settings_OneStep_EditorPublishesWhatIsSubmitted()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var id = await CreateAndSubmitAsync(contributor, Unique("Tin duyệt một bước"));
        Assert.DoesNotContain("Duyệt và xuất bản", await ButtonsAsync(editor, id));
        AssertRefused(await editor.GetAsync("/quan-tri/bien-tap/cau-hinh"));

        try
        {
            await SetReviewStepsAsync(chief, "1");
            Assert.Equal(["Trả lại để sửa", "Duyệt và xuất bản", "Duyệt, hẹn giờ đăng"], await ButtonsAsync(editor, id));
            await MoveAsync(editor, id, "Duyệt và xuất bản");
            Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        }
        finally
        {
            await SetReviewStepsAsync(chief, "3");
        }
    }

    [Fact]
    public async Task Settings_OutOfRange_IsRefusedWithAMessage()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/bien-tap/cau-hinh");

        var response = await chief.SubmitAsync(page.Form("#settings-form"), new() { ["ReviewSteps"] = "4", ["OverdueHours"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await WebSession.ParseAsync(response, "/quan-tri/bien-tap/cau-hinh");
        Assert.Contains(shown.Errors(), e => e.Contains("từ 1 đến 3", StringComparison.Ordinal));
        Assert.Contains(shown.Errors(), e => e.Contains("Số giờ", StringComparison.Ordinal));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.ReviewSteps).SingleAsync()));
    }

    private async Task SetReviewStepsAsync(WebSession chief, string steps)
    {
        var page = await chief.GetPageAsync("/quan-tri/bien-tap/cau-hinh");
        Assert.Equal(HttpStatusCode.Redirect, (await chief.SubmitAsync(page.Form("#settings-form"), new() { ["ReviewSteps"] = steps })).StatusCode);
    }

    /// <summary>A refused page view leads to the explanation page.</summary>
    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/quan-tri/khong-co-quyen", response.Headers.Location!.OriginalString);
    }

    private static string EditUrl(int id) => EditorialFlow.EditUrl(id);

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";

    private Task<int> CreateAndSubmitAsync(WebSession writer, string title) => EditorialFlow.CreateAndSubmitAsync(factory, writer, title);

    private static async Task<List<string>> ButtonsAsync(WebSession session, int id, string? exclude = null)
    {
        var page = await session.GetPageAsync(EditUrl(id));
        return page.QuerySelectorAll("#workflow-form button").Select(b => b.TextContent.Trim()).Where(t => t != exclude).ToList();
    }

    private static Task MoveAsync(WebSession session, int id, string button, string? comment = null) => EditorialFlow.MoveAsync(session, id, button, comment);

    private Task<Article> ArticleAsync(int id) => factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<ArticleStatus> StatusAsync(int id) => (await ArticleAsync(id)).Status;
}

public sealed class WorkflowAdminTests_Sqlite(SqliteFactory factory) : WorkflowAdminTests<SqliteFactory>(factory);

public sealed class WorkflowAdminTests_Postgres(PostgresFactory factory) : WorkflowAdminTests<PostgresFactory>(factory);
