using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>
/// An article page lists the newest other articles of its category, kept in memory per category
/// (<see cref="NewestInCategory"/>). With the page cache off, so that every request renders the page, the list must
/// still change at once when an article is published, edited or withdrawn, and when one dated for later falls due.
/// </summary>
public abstract class RelatedArticlesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly DateTime Base = DateTime.UtcNow.AddDays(-3);

    [Fact]
    public async Task RelatedList_WithoutPageCache_FollowsPublishingEditingAndWithdrawingAtOnce()
    {
        await using var app = Uncached();
        using var reader = app.CreateClient();
        var category = await CreateCategoryAsync(app.Services);
        var older = await CreateArticleAsync(app.Services, category, Base);
        var article = await CreateArticleAsync(app.Services, category, Base.AddHours(1));
        var newer = await CreateArticleAsync(app.Services, category, Base.AddHours(2));
        var url = ContentUrls.Article(category.Slug, article.Slug);
        Assert.Equal([newer.Title, older.Title], await RelatedAsync(reader, url));

        var newest = await CreateArticleAsync(app.Services, category, Base.AddHours(3));
        Assert.Equal([newest.Title, newer.Title, older.Title], await RelatedAsync(reader, url));

        await SaveAsync(app.Services, db =>
        {
            db.Attach(newer);
            newer.Title = "Tiêu đề đã sửa " + newer.Slug[^6..];
        });
        Assert.Equal([newest.Title, newer.Title, older.Title], await RelatedAsync(reader, url));

        await SaveAsync(app.Services, db =>
        {
            db.Attach(newest);
            newest.Unpublish();
        });
        Assert.Equal([newer.Title, older.Title], await RelatedAsync(reader, url));
    }

    [Fact]
    public async Task RelatedList_ArticleMovedToAnotherCategory_LeavesTheOldListAndJoinsTheNew()
    {
        await using var app = Uncached();
        using var reader = app.CreateClient();
        var first = await CreateCategoryAsync(app.Services);
        var second = await CreateCategoryAsync(app.Services);
        var inFirst = await CreateArticleAsync(app.Services, first, Base);
        var moving = await CreateArticleAsync(app.Services, first, Base.AddHours(1));
        var inSecond = await CreateArticleAsync(app.Services, second, Base);
        Assert.Equal([moving.Title], await RelatedAsync(reader, ContentUrls.Article(first.Slug, inFirst.Slug)));
        Assert.Empty(await RelatedAsync(reader, ContentUrls.Article(second.Slug, inSecond.Slug)));

        await SaveAsync(app.Services, db =>
        {
            db.Attach(moving);
            moving.CategoryId = second.Id;
        });

        Assert.Empty(await RelatedAsync(reader, ContentUrls.Article(first.Slug, inFirst.Slug)));
        Assert.Equal([moving.Title], await RelatedAsync(reader, ContentUrls.Article(second.Slug, inSecond.Slug)));
    }

    [Fact]
    public async Task RelatedList_ArticleDatedForLater_JoinsWhenItsTimeComesWithoutAnySave()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = Uncached(s => s.AddSingleton<TimeProvider>(clock));
        using var reader = app.CreateClient();
        var category = await CreateCategoryAsync(app.Services);
        var article = await CreateArticleAsync(app.Services, category, Base);
        var other = await CreateArticleAsync(app.Services, category, Base.AddHours(1));
        var later = await CreateArticleAsync(app.Services, category, clock.GetUtcNow().UtcDateTime.AddHours(1));
        var url = ContentUrls.Article(category.Slug, article.Slug);
        Assert.Equal([other.Title], await RelatedAsync(reader, url));

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal([other.Title], await RelatedAsync(reader, url));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal([later.Title, other.Title], await RelatedAsync(reader, url));
    }

    [Fact]
    public async Task RelatedList_OfASecondArticleInTheCategory_IsReadFromMemoryWithoutItself()
    {
        var category = await factory.CreateCategoryAsync();
        var articles = new List<Article>();
        for (var i = 0; i < 7; i++)
        {
            articles.Add(await factory.CreateArticleAsync(category, Base.AddHours(i)));
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var published = scope.ServiceProvider.GetRequiredService<PublishedArticles>();
        var newestFirst = articles.AsEnumerable().Reverse().ToList();

        var first = await published.FindAsync(category.PortalId, newestFirst[0].Slug);
        var second = await published.FindAsync(category.PortalId, newestFirst[1].Slug);
        var firstRelated = await published.RelatedAsync(first!, category.PortalId, 5);
        var before = factory.Commands.Count;
        var secondRelated = await published.RelatedAsync(second!, category.PortalId, 5);

        Assert.Equal(0, factory.Commands.Count - before);
        Assert.Equal(newestFirst.Skip(1).Take(5).Select(a => a.Id), firstRelated.Select(c => c.Id));
        Assert.Equal(newestFirst.Where(a => a.Id != second!.Id).Take(5).Select(a => a.Id), secondRelated.Select(c => c.Id));
    }

    private WebApplicationFactory<Program> Uncached(Action<IServiceCollection>? services = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("OutputCache:Enabled", "false");
            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });

    private static async Task<List<string>> RelatedAsync(HttpClient reader, string url)
    {
        var page = await reader.GetDocumentAsync(url);
        return [.. page.QuerySelectorAll(".related .story-title a").Select(a => a.TextContent.Trim())];
    }

    private static async Task SaveAsync(IServiceProvider services, Action<DangBoDbContext> change)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    // Saved through the app under test, whose save interceptor is the one that tells its memory what changed.
    private static async Task<Category> CreateCategoryAsync(IServiceProvider services)
    {
        var slug = PublicSite.Unique("lien-quan");
        Category category = null!;
        await SaveAsync(services, db =>
        {
            var portalId = db.Portals.Where(p => p.IsRoot).Select(p => p.Id).Single();
            category = new Category { PortalId = portalId, Name = "Chuyên mục " + slug[^6..], Slug = slug };
            db.Categories.Add(category);
        });
        return category;
    }

    private static async Task<Article> CreateArticleAsync(IServiceProvider services, Category category, DateTime publishedAt)
    {
        var slug = PublicSite.Unique("tin-lien-quan");
        var now = DateTime.UtcNow;
        var article = new Article
        {
            PortalId = category.PortalId, CategoryId = category.Id, Title = "Tin liên quan " + slug[^8..], Slug = slug,
            Lead = "Sapo " + slug[^8..], BodyHtml = "<p>Nội dung</p>", CreatedAt = now, UpdatedAt = now,
        };
        article.Publish(now, publishedAt);
        await SaveAsync(services, db => db.Articles.Add(article));
        return article;
    }
}

public sealed class RelatedArticlesTests_Sqlite(SqliteFactory factory) : RelatedArticlesTests<SqliteFactory>(factory);

public sealed class RelatedArticlesTests_Postgres(PostgresFactory factory) : RelatedArticlesTests<PostgresFactory>(factory);
