using System.Net;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>Article views are counted from every read, cached ones too, and stored in batches.</summary>
public abstract class ArticleViewCountTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private ArticleViewCounter Counter => factory.Services.GetRequiredService<ArticleViewCounter>();

    private Task<long> StoredViewsAsync(int articleId) =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.ViewCount).SingleAsync());

    [Fact]
    public async Task ArticlePage_ReadThreeTimesFromTheCache_ThreeViewsStoredAndShownInTheBackOffice()
    {
        var category = await factory.CreateCategoryAsync();
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5));
        await Task.Delay(TimeSpan.FromSeconds(1)); // past the save's second eviction, so the next reads come from the cache
        using var reader = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await reader.GetAsync(ContentUrls.Article(category.Slug, article.Slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (i > 0)
            {
                Assert.NotNull(response.Headers.Age); // from the output cache, counted all the same
            }
        }
        // Not an article read: a wrong address (redirected or not found) and the category page.
        await reader.GetAsync(ContentUrls.Article(category.Slug, article.Slug.ToUpperInvariant()));
        await reader.GetAsync(ContentUrls.Article(category.Slug, article.Slug + "-khong-co"));
        await reader.GetAsync(ContentUrls.Category(category.Slug));
        await Counter.FlushAsync(factory.Services, default);

        Assert.Equal(3, await StoredViewsAsync(article.Id));
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        var list = await editor.GetPageAsync("/quan-tri/tin-bai?q=" + Uri.EscapeDataString(article.Title));
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(article.Title));
        Assert.Equal("3", row.QuerySelectorAll("td").Last().TextContent.Trim());
    }

    [Fact]
    public async Task ArticlePage_CarriedArticleReadOnAnotherPortal_CountsOnTheArticle()
    {
        var category = await factory.CreateCategoryAsync();
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5));
        var commune = await factory.WithDbAsync(db => db.Portals.AsNoTracking().SingleAsync(p => p.Slug == "xa-minh-son"));
        await factory.WithDbAsync(async db =>
        {
            db.ArticleShares.Add(ArticleShare.Push(article, commune.Id, null, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        using var reader = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var response = await reader.GetAsync("/don-vi/xa-minh-son" + ContentUrls.Article(category.Slug, article.Slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await Counter.FlushAsync(factory.Services, default);

        Assert.Equal(2, await StoredViewsAsync(article.Id));
    }
}

public sealed class ArticleViewCountTests_Sqlite(SqliteFactory factory) : ArticleViewCountTests<SqliteFactory>(factory);

public sealed class ArticleViewCountTests_Postgres(PostgresFactory factory) : ArticleViewCountTests<PostgresFactory>(factory);
