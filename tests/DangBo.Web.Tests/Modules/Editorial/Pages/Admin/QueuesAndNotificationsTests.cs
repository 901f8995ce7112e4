using System.Net;
using AngleSharp.Dom;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Editorial.Pages.Admin;

/// <summary>What waits for whom, what came back, what is late, and the bell that says so (three review steps in the demo portal).</summary>
public abstract class QueuesAndNotificationsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string QueuesUrl = "/quan-tri/bien-tap/viec-cua-toi";
    private const string NotificationsUrl = "/quan-tri/thong-bao";

    [Fact]
    public async Task Submit_TellsTheEditorsOnly_BellCountsAndOpeningMarksRead()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var (editorBefore, chiefBefore) = (await BellAsync(editor), await BellAsync(chief));
        var title = Unique("Tin báo cho biên tập viên");

        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);

        Assert.Equal(editorBefore + 1, await BellAsync(editor));
        Assert.Equal(chiefBefore, await BellAsync(chief));
        var list = await editor.GetPageAsync(NotificationsUrl);
        var item = list.QuerySelectorAll(".notification-unread").Single(li => li.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("đang chờ bạn xử lý", item.TextContent);
        Assert.Contains("Phạm Cộng Tác", item.TextContent);

        var opened = await editor.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector("form")!, [], item.QuerySelector("button"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(EditorialFlow.EditUrl(id), opened.Headers.Location!.OriginalString);
        Assert.Equal(editorBefore, await BellAsync(editor));
    }

    [Fact]
    public async Task Return_TellsTheWriterWhy_AndListsItAsReturnedToThem()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var title = Unique("Tin trả lại cho người viết");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);
        var before = await BellAsync(contributor);

        await EditorialFlow.MoveAsync(editor, id, "Trả lại để sửa", "Cần ảnh minh họa.");

        Assert.Equal(before + 1, await BellAsync(contributor));
        var notices = await contributor.GetPageAsync(NotificationsUrl);
        Assert.Contains(notices.QuerySelectorAll(".notification-unread"), li => li.TextContent.Contains(title, StringComparison.Ordinal) && li.TextContent.Contains("Lý do: Cần ảnh minh họa.", StringComparison.Ordinal));
        var row = Row(await contributor.GetPageAsync(QueuesUrl), "tra-lai", title);
        Assert.Contains("Cần ảnh minh họa.", row.TextContent);
        Assert.Null(RowOrNull(await editor.GetPageAsync(QueuesUrl), "tra-lai", title));
    }

    [Fact]
    public async Task WaitingForMe_ShowsEachRoleItsOwnStep()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var managing = await WebSession.SignedInAsync(factory, "thuky");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var title = Unique("Tin đi qua các hàng chờ");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);

        Assert.NotNull(RowOrNull(await editor.GetPageAsync(QueuesUrl), "cho-toi", title));
        Assert.Null(RowOrNull(await managing.GetPageAsync(QueuesUrl), "cho-toi", title));
        Assert.Null(RowOrNull(await chief.GetPageAsync(QueuesUrl), "cho-toi", title));

        await EditorialFlow.MoveAsync(editor, id, "Nhận biên tập");
        await EditorialFlow.MoveAsync(editor, id, "Gửi thư ký tòa soạn");
        Assert.Null(RowOrNull(await editor.GetPageAsync(QueuesUrl), "cho-toi", title));
        Assert.NotNull(RowOrNull(await managing.GetPageAsync(QueuesUrl), "cho-toi", title));

        await EditorialFlow.MoveAsync(managing, id, "Trình duyệt");
        Assert.Null(RowOrNull(await managing.GetPageAsync(QueuesUrl), "cho-toi", title));
        Assert.Contains("Chờ duyệt", Row(await chief.GetPageAsync(QueuesUrl), "cho-toi", title).TextContent);
    }

    [Fact]
    public async Task Overdue_AnArticleWaitingLongerThanThePortalAllows_IsFlagged()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var late = Unique("Tin chờ quá lâu");
        var fresh = Unique("Tin vừa gửi");
        var lateId = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, late);
        await EditorialFlow.CreateAndSubmitAsync(factory, contributor, fresh);
        var hours = await factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.OverdueHours).SingleAsync());
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == lateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StatusChangedAt, DateTime.UtcNow.AddHours(-hours - 1))));

        var page = await editor.GetPageAsync(QueuesUrl);

        Assert.Contains("Quá hạn", Row(page, "qua-han", late).TextContent);
        Assert.Null(RowOrNull(page, "qua-han", fresh));
        Assert.Contains("Quá hạn", Row(page, "cho-toi", late).TextContent);
        Assert.DoesNotContain("Quá hạn", Row(page, "cho-toi", fresh).TextContent);
    }

    [Fact]
    public async Task MarkRead_SomeoneElsesNotification_IsNotFound()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        await EditorialFlow.CreateAndSubmitAsync(factory, contributor, Unique("Tin của người khác"));
        var editorsId = await factory.WithDbAsync(db => db.Notifications.Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == "bientap"))
            .OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());
        var page = await contributor.GetPageAsync(NotificationsUrl);
        var form = page.Form("form");
        form.SetAttribute("action", $"{NotificationsUrl}?handler=Read&id={editorsId}");

        var response = await contributor.SubmitAsync(form, []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == editorsId).Select(n => n.ReadAt).SingleAsync()));
    }

    private static async Task<int> BellAsync(WebSession session)
    {
        var page = await session.GetPageAsync(NotificationsUrl);
        var count = page.QuerySelector(".notification-bell .notification-count")?.TextContent.Trim();
        return count is null ? 0 : int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IElement Row(IDocument page, string section, string title) =>
        RowOrNull(page, section, title) ?? throw new InvalidOperationException($"No row '{title}' in #{section}.");

    private static IElement? RowOrNull(IDocument page, string section, string title) =>
        page.QuerySelector($"section[aria-labelledby='{section}']")!.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.TextContent.Contains(title, StringComparison.Ordinal));

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";
}

public sealed class QueuesAndNotificationsTests_Sqlite(SqliteFactory factory) : QueuesAndNotificationsTests<SqliteFactory>(factory);

public sealed class QueuesAndNotificationsTests_Postgres(PostgresFactory factory) : QueuesAndNotificationsTests<PostgresFactory>(factory);
