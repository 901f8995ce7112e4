using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Pages.Admin.Articles;

public abstract class ArticleAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string CreateUrl = "/quan-tri/tin-bai/them";

    [Fact]
    public async Task Create_EditorInChiefPublishes_ArticleIsPublished()
    {
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await editor.GetPageAsync(CreateUrl);
        var title = Unique("Hội nghị Ban Chấp hành Đảng bộ tỉnh");

        var response = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(title), page.Button("Xuất bản"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await FindAsync(title);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.NotNull(article.PublishedAt);
        var edit = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã xuất bản tin bài.", edit.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task Create_ContributorSavesDraft_PublishIsRefusedAndArticleStaysDraft()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var page = await contributor.GetPageAsync(CreateUrl);
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Xuất bản");
        var title = Unique("Bài viết của cộng tác viên");

        var saved = await contributor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(title), page.Button("Lưu nháp"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await FindAsync(title);
        Assert.Equal(ArticleStatus.Draft, article.Status);

        // The button is not shown, but the handler must refuse a hand-made post too.
        var edit = await contributor.GetPageAsync($"/quan-tri/tin-bai/{article.Id}");
        var form = edit.Form("#article-form");
        form.SetAttribute("action", $"/quan-tri/tin-bai/{article.Id}?handler=Publish");
        var publish = await contributor.SubmitAsync(form, []);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await FindAsync(title)).Status);

        var countBefore = await CountArticlesAsync();
        var create = await contributor.GetPageAsync(CreateUrl);
        var createForm = create.Form("#article-form");
        createForm.SetAttribute("action", CreateUrl + "?handler=Publish");
        var publishNew = await contributor.SubmitAsync(createForm, await FieldsAsync(Unique("Tin tự xuất bản")));
        Assert.Equal(HttpStatusCode.Forbidden, publishNew.StatusCode);
        Assert.Equal(countBefore, await CountArticlesAsync());
    }

    [Fact]
    public async Task Edit_ContributorOnPublishedArticle_CannotChangeIt()
    {
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var page = await editor.GetPageAsync(CreateUrl);
        var title = Unique("Tin đã xuất bản");
        var created = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(title), page.Button("Xuất bản"));
        var editUrl = created.Headers.Location!.OriginalString;

        var edit = await contributor.GetPageAsync(editUrl);
        Assert.Empty(edit.QuerySelectorAll(".publish-actions button"));
        Assert.Contains("chỉ người có quyền xuất bản mới được sửa", edit.QuerySelector(".notice")!.TextContent);
        var response = await contributor.SubmitAsync(edit.Form("#article-form"), new() { ["Input.Title"] = Unique("Sửa lén tin đã xuất bản") });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(title, (await FindAsync(title)).Title);
    }

    [Fact]
    public async Task Create_EmptyTitle_ShowsMessageKeepsTypingAndSavesNothing()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var before = await CountArticlesAsync();
        var fields = await FieldsAsync("");
        fields["Input.Lead"] = "Sapo vẫn còn nguyên sau khi báo lỗi";
        fields["Input.BodyHtml"] = "<p>Nội dung vẫn còn nguyên</p>";
        fields["Input.Source"] = "Báo Sơn Hà";

        var response = await editor.SubmitAsync(page.Form("#article-form"), fields, page.Button("Lưu nháp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, CreateUrl);
        Assert.Contains("Vui lòng nhập tiêu đề.", result.Errors());
        Assert.Equal("Sapo vẫn còn nguyên sau khi báo lỗi", result.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Lead']")!.Value);
        Assert.Equal("<p>Nội dung vẫn còn nguyên</p>", result.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.BodyHtml']")!.Value);
        Assert.Equal("Báo Sơn Hà", result.QuerySelector<IHtmlInputElement>("input[name='Input.Source']")!.Value);
        Assert.Equal(before, await CountArticlesAsync());
    }

    [Fact]
    public async Task Create_WithoutAntiforgeryToken_IsRejected()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var before = await CountArticlesAsync();

        var response = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(Unique("Tin không có mã chống giả mạo")), withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountArticlesAsync());
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsConflictAndKeepsTheNewerSave()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        using var colleague = await WebSession.SignedInAsync(factory, "truongbbt");
        var id = await CreateDraftAsync(editor, Unique("Tin được hai người cùng sửa"));
        var mine = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}");
        var theirs = await colleague.GetPageAsync($"/quan-tri/tin-bai/{id}");

        var theirTitle = Unique("Bản của trưởng ban biên tập");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SubmitAsync(theirs.Form("#article-form"), new() { ["Input.Title"] = theirTitle })).StatusCode);
        var response = await editor.SubmitAsync(mine.Form("#article-form"), new() { ["Input.Title"] = Unique("Bản của biên tập viên") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, $"/quan-tri/tin-bai/{id}");
        Assert.Contains(result.Errors(), e => e.Contains("vừa được người khác sửa", StringComparison.Ordinal));
        Assert.Equal(theirTitle, (await FindAsync(id)).Title);
    }

    [Fact]
    public async Task Cover_RealPng_IsStoredAndServedBack()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var png = TestImages.Png(40, 30);
        var title = Unique("Tin có ảnh đại diện");
        var fields = await FieldsAsync(title);
        fields["Input.CoverImageCaption"] = "Quang cảnh hội nghị";

        var response = await editor.SubmitAsync(page.Form("#article-form"), fields, page.Button("Lưu nháp"),
            new Dictionary<string, (string, string, byte[])> { ["Input.CoverUpload"] = ("anh-bia.png", "image/png", png) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await FindAsync(title);
        Assert.StartsWith("/media/", article.CoverImagePath);
        Assert.Equal("Quang cảnh hội nghị", article.CoverImageCaption);
        using var image = await editor.GetAsync(article.CoverImagePath!);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());

        // The edit page shows the current cover and can remove it.
        var edit = await editor.GetPageAsync($"/quan-tri/tin-bai/{article.Id}");
        Assert.Equal(article.CoverImagePath, edit.QuerySelector(".cover-current img")!.GetAttribute("src"));
        var removed = await editor.SubmitAsync(edit.Form("#article-form"), new() { ["Input.RemoveCover"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await FindAsync(article.Id)).CoverImagePath);
    }

    [Fact]
    public async Task Cover_RenamedExecutable_IsRefusedAndNothingIsSaved()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var (articles, media) = (await CountArticlesAsync(), await CountMediaAsync());

        var response = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(Unique("Tin kèm tệp lạ")), page.Button("Lưu nháp"),
            new Dictionary<string, (string, string, byte[])> { ["Input.CoverUpload"] = ("anh.jpg", "image/jpeg", TestImages.WindowsExecutable()) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, CreateUrl);
        Assert.Contains(result.Errors(), e => e.Contains("không phải là ảnh JPEG, PNG, GIF hoặc WebP", StringComparison.Ordinal));
        Assert.Equal(articles, await CountArticlesAsync());
        Assert.Equal(media, await CountMediaAsync());
    }

    [Fact]
    public async Task Cover_Oversize_IsRefusedAndNothingIsSaved()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var (articles, media) = (await CountArticlesAsync(), await CountMediaAsync());

        var response = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(Unique("Tin ảnh quá lớn")), page.Button("Lưu nháp"),
            new Dictionary<string, (string, string, byte[])> { ["Input.CoverUpload"] = ("anh-lon.png", "image/png", TestImages.Png(padTo: 5 * 1024 * 1024 + 4096)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, CreateUrl);
        Assert.Contains(result.Errors(), e => e.Contains("Ảnh quá lớn", StringComparison.Ordinal));
        Assert.Equal(articles, await CountArticlesAsync());
        Assert.Equal(media, await CountMediaAsync());
    }

    [Fact]
    public async Task Create_BodyWithScriptAndEventHandler_IsStoredSanitised()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var title = Unique("Tin có mã độc trong nội dung");
        var fields = await FieldsAsync(title);
        fields["Input.BodyHtml"] = "<p>Đoạn mở đầu<script>alert('x')</script></p><img src=\"/media/x.png\" onerror=\"alert(1)\"><p style=\"mso-line-height:150%\" class=\"MsoNormal\">Dán từ Word</p>";

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page.Form("#article-form"), fields, page.Button("Lưu nháp"))).StatusCode);

        var body = (await FindAsync(title)).BodyHtml;
        Assert.Contains("Đoạn mở đầu", body);
        Assert.Contains("<p>Dán từ Word</p>", body);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mso", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unpublish_EditorInChief_TakesArticleOffline()
    {
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await editor.GetPageAsync(CreateUrl);
        var title = Unique("Tin sẽ được gỡ");
        var created = await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync(title), page.Button("Xuất bản"));
        var editUrl = created.Headers.Location!.OriginalString;

        var edit = await editor.GetPageAsync(editUrl);
        var response = await editor.SubmitAsync(edit.Form("#workflow-form"), [], edit.Button("Gỡ xuất bản"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, (await FindAsync(title)).Status);
    }

    [Fact]
    public async Task Preview_DraftArticle_ShowsItAsReadersWill()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var title = Unique("Tin xem trước");
        var id = await CreateDraftAsync(editor, title);

        var preview = await editor.GetPageAsync($"/quan-tri/tin-bai/{id}/xem-truoc");

        Assert.Equal(title, preview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung chính của tin bài", preview.QuerySelector(".article-body")!.TextContent);
        Assert.Contains("Bản xem trước", preview.QuerySelector(".admin-preview-banner")!.TextContent);
    }

    [Fact]
    public async Task UploadImage_FromEditor_AnswersUrlOfStoredImage()
    {
        using var editor = await WebSession.SignedInAsync(factory, "congtacvien");
        var page = await editor.GetPageAsync(CreateUrl);
        var token = page.QuerySelector<IHtmlInputElement>("#article-form input[name='__RequestVerificationToken']")!.Value;
        var png = TestImages.Png(8, 8);

        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(png) { Headers = { ContentType = new("image/png") } }, "file", "trong-bai.png" },
        };
        var response = await editor.Client.PostAsync("/quan-tri/tin-bai/tai-anh", upload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith("/media/", url);
        Assert.Equal(png, await editor.Client.GetByteArrayAsync(url));

        using var forged = new MultipartFormDataContent { { new ByteArrayContent(png), "file", "trong-bai.png" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.Client.PostAsync("/quan-tri/tin-bai/tai-anh", forged)).StatusCode);
    }

    [Fact]
    public async Task List_FilterByStatusAndTitle_ShowsOnlyMatchingArticles()
    {
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await CreateDraftAsync(editor, $"Nông thôn mới {marker}");
        var page = await editor.GetPageAsync(CreateUrl);
        await editor.SubmitAsync(page.Form("#article-form"), await FieldsAsync($"Chuyển đổi số {marker}"), page.Button("Xuất bản"));

        var drafts = await editor.GetPageAsync($"/quan-tri/tin-bai?q={marker}&trang-thai=Draft");
        var titles = drafts.QuerySelectorAll(".cell-title a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal([$"Nông thôn mới {marker}"], titles);
    }

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<Dictionary<string, object?>> FieldsAsync(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Lead"] = "Sapo của tin bài.",
        ["Input.BodyHtml"] = "<p>Nội dung chính của tin bài.</p>",
        ["Input.CategoryId"] = (await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "xay-dung-dang" && db.Portals.Any(p => p.Id == c.PortalId && p.IsRoot)).Select(c => c.Id).FirstAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<int> CreateDraftAsync(WebSession session, string title)
    {
        var page = await session.GetPageAsync(CreateUrl);
        var response = await session.SubmitAsync(page.Form("#article-form"), await FieldsAsync(title), page.Button("Lưu nháp"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await FindAsync(title)).Id;
    }

    private Task<Article> FindAsync(string title) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Title == title));

    private Task<Article> FindAsync(int id) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<int> CountArticlesAsync() => factory.WithDbAsync(db => db.Articles.CountAsync());

    private Task<int> CountMediaAsync() => factory.WithDbAsync(db => db.MediaFiles.CountAsync());
}

public sealed class ArticleAdminTests_Sqlite(SqliteFactory factory) : ArticleAdminTests<SqliteFactory>(factory);

public sealed class ArticleAdminTests_Postgres(PostgresFactory factory) : ArticleAdminTests<PostgresFactory>(factory);
