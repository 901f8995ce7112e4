using System.Net;
using System.Text.Json;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DangBo.Web.Tests.Modules.Content;

public abstract class ArticlePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly DateTime PublishedAt = new(2026, 11, 20, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ArticlePage_ShowsLeadBodyBylineSourceAndVietnamTime()
    {
        var category = await factory.DemoCategoryAsync("xay-dung-dang");
        var article = await factory.CreateArticleAsync(category, PublishedAt, a =>
        {
            a.PenName = "Hồng Nhung";
            a.Source = "Báo Sơn Hà";
            a.CoverImagePath = "/media/2026/11/dai-hoi.jpg";
            a.CoverImageCaption = "Quang cảnh đại hội";
            a.BodyHtml = "<p>Đoạn thứ nhất của <strong>nội dung</strong>.</p>";
        });
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/xay-dung-dang/{article.Slug}");

        Assert.Equal(article.Title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(article.Lead, page.QuerySelector(".article-lead")?.TextContent.Trim());
        Assert.Equal("nội dung", page.QuerySelector(".article-body strong")?.TextContent);
        Assert.Equal("20/11/2026 08:30", page.QuerySelector(".article-meta time")?.TextContent.Trim());
        // The pen name stands in for the author's name.
        Assert.Equal("Hồng Nhung", page.QuerySelector(".byline")?.TextContent.Trim());
        Assert.DoesNotContain("Nguyễn Phóng Viên", page.Body!.TextContent);
        Assert.Equal("Nguồn: Báo Sơn Hà", page.QuerySelector(".source")?.TextContent.Trim());
        var cover = page.QuerySelector(".article-cover img");
        Assert.Equal("/media/2026/11/dai-hoi.jpg", cover?.GetAttribute("src"));
        Assert.Equal("Quang cảnh đại hội", cover?.GetAttribute("alt"));
        Assert.Equal("Quang cảnh đại hội", page.QuerySelector(".article-cover figcaption")?.TextContent.Trim());
        Assert.Equal("/tin-tuc/xay-dung-dang", page.QuerySelector(".breadcrumb a[href='/tin-tuc/xay-dung-dang']")?.GetAttribute("href"));
        Assert.Equal($"/tin-tuc/xay-dung-dang/{article.Slug}/ban-in", page.QuerySelector(".print-link a")?.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".share a"), a => a.GetAttribute("href")!.StartsWith("https://www.facebook.com/sharer/sharer.php?u=http", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script[src^='http']"));
    }

    [Fact]
    public async Task ArticlePage_Head_HasOpenGraphAndNewsArticleJsonLd()
    {
        var category = await factory.DemoCategoryAsync("kinh-te");
        var article = await factory.CreateArticleAsync(category, PublishedAt, a =>
        {
            a.Title += " \"trích dẫn\" </script><b>";
            a.CoverImagePath = "/media/2026/11/cang.jpg";
        });
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/kinh-te/{article.Slug}");

        string? Meta(string property) => page.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal(article.Title, Meta("og:title"));
        Assert.Equal(article.Lead, Meta("og:description"));
        Assert.Equal($"http://localhost/tin-tuc/kinh-te/{article.Slug}", Meta("og:url"));
        Assert.Equal("http://localhost/media/2026/11/cang.jpg", Meta("og:image"));
        Assert.Equal("2026-11-20T08:30:00+07:00", Meta("article:published_time"));

        var scripts = page.Head!.QuerySelectorAll("script[type='application/ld+json']");
        var jsonLd = Assert.Single(scripts);
        using var json = JsonDocument.Parse(jsonLd.TextContent);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(article.Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2026-11-20T08:30:00+07:00", json.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("http://localhost/media/2026/11/cang.jpg", json.RootElement.GetProperty("image")[0].GetString());
        // The title's markup stayed inside the JSON string: nothing leaked into the document.
        Assert.Empty(page.QuerySelectorAll("head b, body > b"));
    }

    [Fact]
    public async Task ArticlePage_UnderAnotherCategorySlug_RedirectsPermanentlyToCanonicalUrl()
    {
        var category = await factory.DemoCategoryAsync("van-hoa-xa-hoi");
        var article = await factory.CreateArticleAsync(category, PublishedAt);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/tin-tuc/thoi-su/{article.Slug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/tin-tuc/van-hoa-xa-hoi/{article.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ArticlePage_UnknownSlug_ShowsVietnameseNotFoundPage()
    {
        using var client = factory.CreateClient();

        var (response, page) = await client.GetPageAsync("/tin-tuc/thoi-su/khong-co-tin-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task ArticlePage_DraftOrUnpublishedArticle_Is404()
    {
        var category = await factory.DemoCategoryAsync("thoi-su");
        var draft = await factory.CreateArticleAsync(category, publishedAt: null);
        var withdrawn = await factory.CreateArticleAsync(category, PublishedAt);
        await factory.WithDbAsync(async db =>
        {
            db.Attach(withdrawn);
            withdrawn.Unpublish();
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var (draftResponse, _) = await client.GetPageAsync($"/tin-tuc/thoi-su/{draft.Slug}");
        var (withdrawnResponse, _) = await client.GetPageAsync($"/tin-tuc/thoi-su/{withdrawn.Slug}");
        var (printResponse, _) = await client.GetPageAsync($"/tin-tuc/thoi-su/{draft.Slug}/ban-in");

        Assert.Equal(HttpStatusCode.NotFound, draftResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawnResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, printResponse.StatusCode);
    }

    [Fact]
    public async Task ArticlePage_RelatedArticles_AreNewestOfSameCategoryExcludingItself()
    {
        var category = await factory.CreateCategoryAsync();
        var older = await factory.CreateArticleAsync(category, PublishedAt.AddDays(-2));
        var article = await factory.CreateArticleAsync(category, PublishedAt.AddDays(-1));
        var newer = await factory.CreateArticleAsync(category, PublishedAt);
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/{category.Slug}/{article.Slug}");

        var related = page.QuerySelectorAll(".related .story-title a").Select(a => a.TextContent.Trim());
        Assert.Equal([newer.Title, older.Title], related);
    }

    [Fact]
    public async Task PrintView_ShowsArticleAndItsAddressWithoutMenuOrShareLinks()
    {
        var category = await factory.DemoCategoryAsync("thoi-su");
        var article = await factory.CreateArticleAsync(category, PublishedAt);
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/thoi-su/{article.Slug}/ban-in");

        Assert.Equal(article.Title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Nội dung tin thử", page.QuerySelector(".article-body")?.TextContent);
        Assert.Contains($"http://localhost/tin-tuc/thoi-su/{article.Slug}", page.QuerySelector(".print-url")?.TextContent);
        Assert.Null(page.QuerySelector("#menu-chinh"));
        Assert.Null(page.QuerySelector(".share"));
        Assert.Null(page.QuerySelector("footer.site-footer"));
    }
}

public sealed class ArticlePageTests_Sqlite(SqliteFactory factory) : ArticlePageTests<SqliteFactory>(factory);

public sealed class ArticlePageTests_Postgres(PostgresFactory factory) : ArticlePageTests<PostgresFactory>(factory);
