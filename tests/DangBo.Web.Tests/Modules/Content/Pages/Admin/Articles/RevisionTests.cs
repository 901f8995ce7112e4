using System.Net;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Pages.Admin.Articles;

/// <summary>Every save is a revision; two revisions compare side by side; an old one can be restored as a new one.</summary>
public abstract class RevisionTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task EverySave_IsARevision_ComparedWordByWord()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var (id, title) = await CreateDraftAsync(editor);
        await SaveAsync(editor, id, new() { ["Input.Title"] = title + " lần thứ ba" });
        await SaveAsync(editor, id, new() { ["Input.BodyHtml"] = "<p>Hội nghị khai mạc sáng nay.</p><p>Đồng chí Bí thư phát biểu chỉ đạo.</p>", ["Input.Source"] = "Báo Sơn Hà" });

        var list = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban");
        var rows = list.QuerySelectorAll("#compare-form tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("3 (hiện tại)", rows[0].TextContent);
        Assert.Contains("Lê Văn Biên", rows[2].TextContent);

        var compare = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban/so-sanh?tu=1&den=3");
        var titleDiff = compare.QuerySelector("section[aria-label='Tiêu đề']")!;
        Assert.Equal("lần thứ ba", titleDiff.QuerySelector(".diff-new ins")!.TextContent.Trim());
        Assert.Null(titleDiff.QuerySelector("del"));
        var bodyDiff = compare.QuerySelector("section[aria-label='Nội dung']")!;
        // Spaces common to both sides may sit between the marked words.
        Assert.Contains("ĐồngchíBíthưphátbiểuchỉđạo.", Words(bodyDiff.QuerySelectorAll(".diff-new ins")));
        Assert.Contains("Nộidungđầutiên", Words(bodyDiff.QuerySelectorAll("del")));
        Assert.Equal("Hội nghị khai mạc sáng nay.\nĐồng chí Bí thư phát biểu chỉ đạo.", bodyDiff.QuerySelector(".diff-new .diff-text")!.TextContent);
        var source = compare.QuerySelectorAll("tr.field-changed").Single();
        Assert.Contains("Báo Sơn Hà", source.TextContent);
    }

    [Fact]
    public async Task Restore_OldRevision_BecomesTheContentAsANewRevision()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var (id, title) = await CreateDraftAsync(editor);
        await SaveAsync(editor, id, new() { ["Input.Title"] = title + " (sửa sai)", ["Input.Lead"] = "Sapo sửa sai" });

        var list = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban");
        var restore = await editor.SubmitAsync(list.Form("form.restore-form"), []);

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(title, article.Title);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        var revisions = await factory.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal("Khôi phục từ phiên bản 1", revisions[2].Note);
        Assert.Equal(title, revisions[2].Title);
    }

    [Fact]
    public async Task Restore_OnAPublishedArticle_ReadersKeepTheApprovedTextUntilTheDraftIsApproved()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var reader = WebSession.Anonymous(factory);
        var (id, title) = await CreateDraftAsync(chief);
        await EditorialFlow.MoveAsync(chief, id, "Duyệt và xuất bản");
        await SaveAsync(chief, id, new() { ["Input.Title"] = title + " (bản đăng)", ["Input.BodyHtml"] = "<p>Nội dung đang đăng.</p>" });
        var url = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => ContentUrls.Article(a.Category!.Slug, a.Slug)).SingleAsync());
        Assert.Equal(title + " (bản đăng)", (await reader.GetPageAsync(url)).QuerySelector("h1")!.TextContent.Trim());

        // An editor restores the first revision of the published article.
        var list = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban");
        var restored = await editor.SubmitAsync(list.Form("form.restore-form"), []);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var before = await reader.GetPageAsync(url);
        Assert.Equal(title + " (bản đăng)", before.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung đang đăng.", before.QuerySelector(".article-body")!.TextContent);
        var rows = (await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban")).QuerySelectorAll("#compare-form tbody tr").ToList();
        Assert.Contains("3 (bản nháp chờ duyệt)", rows[0].TextContent);
        Assert.Contains("2 (hiện tại)", rows[1].TextContent);
        var editorsView = await editor.GetPageAsync(EditorialFlow.EditUrl(id));
        Assert.Contains("bạn đọc vẫn thấy nội dung đã duyệt", editorsView.QuerySelector("#ban-nhap-cho-duyet")!.TextContent);
        Assert.Null(editorsView.QuerySelector("#publish-draft-form"));

        // A preview link shows the draft as readers will see it once approved.
        await editor.SubmitAsync(editorsView.Form("#preview-link-form"), []);
        var link = ((AngleSharp.Html.Dom.IHtmlInputElement)(await editor.GetPageAsync(EditorialFlow.EditUrl(id))).QuerySelector("#preview-link")!).Value;
        var preview = await WebSession.Anonymous(factory).GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Equal(title, preview.QuerySelector("h1.article-title")!.TextContent.Trim());
        Assert.Contains("Nội dung đầu tiên của tin.", preview.QuerySelector(".article-body")!.TextContent);

        // The editor-in-chief approves the draft.
        var chiefsView = await chief.GetPageAsync(EditorialFlow.EditUrl(id));
        var approved = await chief.SubmitAsync(chiefsView.Form("#publish-draft-form"), []);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await reader.GetPageAsync(url);
        Assert.Equal(title, after.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung đầu tiên của tin.", after.QuerySelector(".article-body")!.TextContent);
        Assert.Null((await chief.GetPageAsync(EditorialFlow.EditUrl(id))).QuerySelector("#ban-nhap-cho-duyet"));
        Assert.Equal(ArticleStatus.Published, await EditorialFlow.StatusAsync(factory, id));
    }

    [Fact]
    public async Task PublishDraft_ByAnEditor_IsForbidden_DiscardLeavesTheApprovedText()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var (id, title) = await CreateDraftAsync(chief);
        await SaveAsync(chief, id, new() { ["Input.Title"] = title + " (bản đăng)" });
        await EditorialFlow.MoveAsync(chief, id, "Duyệt và xuất bản");
        var list = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(list.Form("form.restore-form"), [])).StatusCode);
        var page = await editor.GetPageAsync(EditorialFlow.EditUrl(id));

        // A hand-made post of the approver's button, with the editor's own antiforgery token and version.
        var forged = await editor.Client.PostAsync($"/quan-tri/tin-bai/{id}?handler=PublishDraft",
            new FormUrlEncodedContent(WebSession.CollectFields(page.Form("#discard-draft-form"))));
        var discarded = await editor.SubmitAsync(page.Form("#discard-draft-form"), []);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.PendingRevisionNumber).SingleAsync()));
        Assert.Equal(title + " (bản đăng)", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Restore_ByAContributorOnceSubmitted_IsForbidden()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var (id, title) = await CreateDraftAsync(contributor);
        await SaveAsync(contributor, id, new() { ["Input.Title"] = title + " bản hai" });
        var list = await contributor.GetPageAsync($"/quan-tri/tin-bai/{id}/phien-ban");
        var form = list.Form("form.restore-form");
        var edit = await contributor.GetPageAsync(EditorialFlow.EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync(edit.Form("#article-form"), [], edit.Button("Lưu và gửi duyệt"))).StatusCode);

        var response = await contributor.SubmitAsync(form, new() { ["version"] = (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(title + " bản hai", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Compare_UnknownRevision_IsNotFound()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var (id, _) = await CreateDraftAsync(editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/quan-tri/tin-bai/{id}/phien-ban/so-sanh?tu=1&den=9")).StatusCode);
    }

    private static string Words(IEnumerable<AngleSharp.Dom.IElement> marked) =>
        string.Concat(marked.Select(e => e.TextContent)).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private Task<int> VersionAsync(int id) => factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());

    private async Task<(int Id, string Title)> CreateDraftAsync(WebSession session)
    {
        var title = "Hội nghị Ban Chấp hành " + Guid.NewGuid().ToString("N")[..8];
        var page = await session.GetPageAsync("/quan-tri/tin-bai/them");
        var category = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "thoi-su").Select(c => c.Id).FirstAsync());
        var response = await session.SubmitAsync(page.Form("#article-form"), new()
        {
            ["Input.Title"] = title,
            ["Input.Lead"] = "Sapo ban đầu",
            ["Input.BodyHtml"] = "<p>Nội dung đầu tiên của tin.</p>",
            ["Input.CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, page.Button("Lưu nháp"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync()), title);
    }

    private static async Task SaveAsync(WebSession session, int id, Dictionary<string, object?> values)
    {
        var page = await session.GetPageAsync(EditorialFlow.EditUrl(id));
        var response = await session.SubmitAsync(page.Form("#article-form"), values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

public sealed class RevisionTests_Sqlite(SqliteFactory factory) : RevisionTests<SqliteFactory>(factory);

public sealed class RevisionTests_Postgres(PostgresFactory factory) : RevisionTests<PostgresFactory>(factory);
