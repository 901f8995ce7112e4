using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Content;

public abstract class CategoryPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task CategoryPage_ThirteenArticles_SecondPageShowsTheOldestAndThirdIs404()
    {
        var category = await factory.CreateCategoryAsync();
        var start = new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);
        var articles = new List<DangBo.Web.Modules.Content.Models.Article>();
        for (var i = 0; i < 13; i++)
        {
            articles.Add(await factory.CreateArticleAsync(category, start.AddHours(i)));
        }
        using var client = factory.CreateClient();

        var first = await client.GetDocumentAsync($"/tin-tuc/{category.Slug}");
        var second = await client.GetDocumentAsync($"/tin-tuc/{category.Slug}?trang=2");
        var (third, _) = await client.GetPageAsync($"/tin-tuc/{category.Slug}?trang=3");

        var firstTitles = first.QuerySelectorAll(".story-title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(12, firstTitles.Count);
        Assert.Equal(articles[12].Title, firstTitles[0]);
        Assert.DoesNotContain(articles[0].Title, firstTitles);
        Assert.Equal([articles[0].Title], second.QuerySelectorAll(".story-title a").Select(a => a.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);

        Assert.Equal($"/tin-tuc/{category.Slug}?trang=2", first.QuerySelector(".pager a[rel='next']")?.GetAttribute("href"));
        Assert.Equal($"/tin-tuc/{category.Slug}", second.QuerySelector(".pager a[rel='prev']")?.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task CategoryPage_InvalidPageNumber_Is404(string page)
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync($"/tin-tuc/kinh-te?trang={page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task CategoryPage_ShowsOnlyPublishedArticlesOfTheCategory()
    {
        var category = await factory.CreateCategoryAsync();
        var other = await factory.CreateCategoryAsync();
        var published = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5));
        var draft = await factory.CreateArticleAsync(category, publishedAt: null);
        var elsewhere = await factory.CreateArticleAsync(other, DateTime.UtcNow);
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/{category.Slug}");

        var titles = page.QuerySelectorAll(".story-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal([published.Title], titles);
        Assert.DoesNotContain(draft.Title, page.Body!.TextContent);
        Assert.DoesNotContain(elsewhere.Title, page.Body!.TextContent);
    }

    [Fact]
    public async Task CategoryPage_Head_AdvertisesCategoryFeedBesideSiteFeed()
    {
        var category = await factory.CreateCategoryAsync();
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/{category.Slug}");

        var feeds = page.Head!.QuerySelectorAll("link[rel='alternate'][type='application/rss+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/rss.xml", feeds);
        Assert.Contains($"/tin-tuc/{category.Slug}/rss.xml", feeds);
        Assert.Equal(category.Name, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task CategoryPage_UnknownCategory_Is404()
    {
        using var client = factory.CreateClient();

        var (response, _) = await client.GetPageAsync("/tin-tuc/khong-co-chuyen-muc-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class CategoryPageTests_Sqlite(SqliteFactory factory) : CategoryPageTests<SqliteFactory>(factory);

public sealed class CategoryPageTests_Postgres(PostgresFactory factory) : CategoryPageTests<PostgresFactory>(factory);
