using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Content;

public abstract class TopicPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private async Task<Topic> CreateTopicAsync(bool active = true)
    {
        var portalId = await factory.RootPortalIdAsync();
        var slug = PublicSite.Unique("chuyen-de");
        var topic = new Topic { PortalId = portalId, Name = "Chuyên đề thử " + slug[^6..], Slug = slug, IsActive = active };
        await factory.WithDbAsync(async db =>
        {
            db.Topics.Add(topic);
            await db.SaveChangesAsync();
        });
        return topic;
    }

    [Fact]
    public async Task TopicPage_ListsPublishedArticlesOfTheTopicOnly()
    {
        var topic = await CreateTopicAsync();
        var category = await factory.DemoCategoryAsync("thoi-su");
        var inTopic = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1), a => a.Topics.Add(topic));
        var draftInTopic = await factory.CreateArticleAsync(category, publishedAt: null, a => a.Topics.Add(topic));
        var outside = await factory.CreateArticleAsync(category, DateTime.UtcNow);
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/chuyen-de/{topic.Slug}");

        Assert.Equal(topic.Name, page.QuerySelector("h1")?.TextContent.Trim());
        var titles = page.QuerySelectorAll(".story-title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([inTopic.Title], titles);
        Assert.DoesNotContain(draftInTopic.Title, page.Body!.TextContent);
        Assert.DoesNotContain(outside.Title, page.Body!.TextContent);
    }

    [Fact]
    public async Task TopicPage_TwelveVisibleArticlesAndOthersNotYetPublic_IsOnePageAndPageTwoIsNotFound()
    {
        var topic = await CreateTopicAsync();
        var category = await factory.DemoCategoryAsync("thoi-su");
        for (var i = 0; i < 12; i++)
        {
            await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1 - i), a => a.Topics.Add(topic));
        }
        // Neither counts: a draft, and one scheduled for tomorrow. Counted, they would make a second page.
        await factory.CreateArticleAsync(category, publishedAt: null, a => a.Topics.Add(topic));
        await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(1), a => a.Topics.Add(topic));
        using var client = factory.CreateClient();

        var first = await client.GetDocumentAsync($"/chuyen-de/{topic.Slug}");
        var second = await client.GetAsync($"/chuyen-de/{topic.Slug}?trang=2");

        Assert.Equal(12, first.QuerySelectorAll(".story-title a").Length);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task TopicList_ShowsActiveTopicsOnly()
    {
        var active = await CreateTopicAsync();
        var inactive = await CreateTopicAsync(active: false);
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/chuyen-de");

        Assert.NotNull(page.QuerySelector($"a[href='/chuyen-de/{active.Slug}']"));
        Assert.Null(page.QuerySelector($"a[href='/chuyen-de/{inactive.Slug}']"));
    }

    [Fact]
    public async Task ArticlePage_LinksItsTopics()
    {
        var topic = await CreateTopicAsync();
        var category = await factory.DemoCategoryAsync("kinh-te");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow, a => a.Topics.Add(topic));
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/tin-tuc/kinh-te/{article.Slug}");

        Assert.Equal(topic.Name, page.QuerySelector($".article-topics a[href='/chuyen-de/{topic.Slug}']")?.TextContent);
    }

    [Fact]
    public async Task TopicPage_UnknownTopic_Is404()
    {
        using var client = factory.CreateClient();

        var (response, _) = await client.GetPageAsync("/chuyen-de/khong-co-chuyen-de-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class TopicPageTests_Sqlite(SqliteFactory factory) : TopicPageTests<SqliteFactory>(factory);

public sealed class TopicPageTests_Postgres(PostgresFactory factory) : TopicPageTests<PostgresFactory>(factory);
