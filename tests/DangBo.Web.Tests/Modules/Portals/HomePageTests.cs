using Microsoft.EntityFrameworkCore;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Portals;

public abstract class HomePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Home_NewlyPublishedFeaturedArticle_IsFirstInFeaturedBlock()
    {
        var category = await factory.DemoCategoryAsync("thoi-su");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow, a =>
        {
            a.IsFeatured = true;
            a.CoverImagePath = "/media/2026/11/hoi-nghi.jpg";
        });
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        var featured = home.QuerySelector(".block-featured");
        Assert.NotNull(featured);
        var lead = featured.QuerySelector(".lead-story .lead-title a");
        Assert.Equal(article.Title, lead?.TextContent.Trim());
        Assert.Equal($"/tin-tuc/thoi-su/{article.Slug}", lead?.GetAttribute("href"));
        Assert.NotNull(featured.QuerySelector($".lead-story img[src='{article.CoverImagePath}']"));
    }

    [Fact]
    public async Task Home_UnitsNewsBlock_ShowsTheNewestArticleOfAPortalBelowAtItsOwnAddress_NotTheProvincesOwn()
    {
        var communeCategory = await factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .FirstAsync(c => db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "xa-minh-son")));
        var communeArticle = await factory.CreateArticleAsync(communeCategory, DateTime.UtcNow.AddMinutes(-2));
        var provinceArticle = await factory.CreateArticleAsync(await factory.DemoCategoryAsync("thoi-su"), DateTime.UtcNow.AddMinutes(-1));
        using var client = factory.CreateClient();

        var block = (await client.GetDocumentAsync("/")).QuerySelector(".block-subportals");

        Assert.NotNull(block);
        var links = block.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/don-vi/xa-minh-son/tin-tuc/{communeCategory.Slug}/{communeArticle.Slug}", links.First(h => h!.Contains("/tin-tuc/")));
        Assert.DoesNotContain(links, h => h!.Contains(provinceArticle.Slug));
    }

    [Fact]
    public async Task Home_DraftAndUnpublishedArticles_NeverAppear()
    {
        var category = await factory.DemoCategoryAsync("kinh-te");
        var draft = await factory.CreateArticleAsync(category, publishedAt: null, a => a.IsFeatured = true);
        var withdrawn = await factory.CreateArticleAsync(category, DateTime.UtcNow, a => a.IsFeatured = true);
        await factory.WithDbAsync(async db =>
        {
            db.Attach(withdrawn);
            withdrawn.Unpublish();
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        Assert.DoesNotContain(draft.Title, home.Body!.TextContent);
        Assert.DoesNotContain(withdrawn.Title, home.Body!.TextContent);
    }

    [Fact]
    public async Task Home_CategoryBlock_ListsLatestOfItsCategoryWithLinkToCategoryPage()
    {
        var category = await factory.DemoCategoryAsync("quoc-phong-an-ninh");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow);
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        var block = home.QuerySelectorAll(".block-category")
            .Single(b => b.QuerySelector(".block-title")!.TextContent.Trim() == "Quốc phòng - An ninh");
        Assert.Contains(article.Title, block.TextContent);
        Assert.NotNull(block.QuerySelector("a[href='/tin-tuc/quoc-phong-an-ninh']"));
    }

    [Fact]
    public async Task Home_TopicsBlock_LinksActiveTopics()
    {
        using var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        var topics = home.QuerySelector(".block-topics");
        Assert.NotNull(topics);
        Assert.NotNull(topics.QuerySelector("a[href='/chuyen-de/chuyen-doi-so']"));
    }
}

public sealed class HomePageTests_Sqlite(SqliteFactory factory) : HomePageTests<SqliteFactory>(factory);

public sealed class HomePageTests_Postgres(PostgresFactory factory) : HomePageTests<PostgresFactory>(factory);
