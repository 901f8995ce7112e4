using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>
/// A category page (and its feed) lists, besides the portal's own articles, those it carries for other portals whose own
/// category has the same slug, at their address on the carrying portal; and the cached page follows every change of
/// the share or of the carried article.
/// </summary>
public abstract class CategoryCarriedArticlesTests<TFactory>(TFactory factory) : CarriedContentTests<TFactory>(factory) where TFactory : DangBoFactory
{
    private static async Task<List<IElement>> StoriesAsync(WebSession reader, string url) =>
        [.. (await reader.GetPageAsync(url)).QuerySelectorAll(".story")];

    private static IElement? StoryTitled(IEnumerable<IElement> stories, string title) =>
        stories.FirstOrDefault(s => s.QuerySelector(".story-title a")?.TextContent.Trim() == title);

    private static async Task<List<(string Title, string Link)>> FeedItemsAsync(WebSession reader, string url)
    {
        var feed = XDocument.Parse(await reader.Client.GetStringAsync(url));
        return [.. feed.Descendants("item").Select(i => ((string)i.Element("title")!, (string)i.Element("link")!))];
    }

    [Fact]
    public async Task CategoryPage_OnTheProvince_ListsACommuneArticleOnlyOnceAccepted_AndFollowsItsEditsUntilTakenDown()
    {
        var marker = Marker("cat");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-5),
            a => a.Title = $"Chi bộ kiểu mẫu {marker}");
        const string page = "/tin-tuc/xay-dung-dang";
        using var reader = WebSession.Anonymous(Factory);
        // Cached before anything happens: every step below must evict it.
        Assert.Null(StoryTitled(await StoriesAsync(reader, page), article.Title));

        var shareId = await ProposeFromMinhSonAsync(article.Id);
        Assert.Null(StoryTitled(await StoriesAsync(reader, page), article.Title));
        await WithServicesAsync(async (sharing, portals) => { await sharing.DeclineAsync(portals.Root!, shareId, "Chưa phù hợp.", Staff, default); return 0; });
        Assert.Null(StoryTitled(await StoriesAsync(reader, page), article.Title));

        await ProposeFromMinhSonAsync(article.Id);
        await AcceptOnProvinceAsync(shareId);
        var stories = await StoriesAsync(reader, page);
        var story = StoryTitled(stories, article.Title);
        Assert.NotNull(story);
        // The newest article of the category, marked with its origin, read at its address on the province.
        Assert.Same(story, stories[0]);
        Assert.Equal($"Tin từ {MinhSonName}", story.QuerySelector(".story-origin")?.TextContent.Trim(' ', '·'));
        var href = story.QuerySelector(".story-title a")!.GetAttribute("href")!;
        Assert.Equal($"/tin-tuc/xay-dung-dang/{article.Slug}", href);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(href)).StatusCode);
        var item = Assert.Single(await FeedItemsAsync(reader, page + "/rss.xml"), i => i.Title == article.Title);
        Assert.Equal($"/tin-tuc/xay-dung-dang/{article.Slug}", new Uri(item.Link).AbsolutePath);

        await EditAsync(article.Id, a => a.Title = $"Chi bộ kiểu mẫu đã sửa {marker}");
        Assert.NotNull(StoryTitled(await StoriesAsync(reader, page), $"Chi bộ kiểu mẫu đã sửa {marker}"));

        await EditAsync(article.Id, a => a.Unpublish());
        Assert.DoesNotContain(await StoriesAsync(reader, page), s => s.TextContent.Contains(marker));
        Assert.DoesNotContain(await FeedItemsAsync(reader, page + "/rss.xml"), i => i.Title.Contains(marker));

        await EditAsync(article.Id, a => a.Publish(DateTime.UtcNow));
        Assert.Contains(await StoriesAsync(reader, page), s => s.TextContent.Contains(marker));

        // The province takes it down: gone from its page, still on Minh Sơn's own.
        await WithServicesAsync(async (sharing, portals) => { await sharing.WithdrawAsync(portals.Root!, shareId, Staff, default); return 0; });
        Assert.DoesNotContain(await StoriesAsync(reader, page), s => s.TextContent.Contains(marker));
        Assert.DoesNotContain(await FeedItemsAsync(reader, page + "/rss.xml"), i => i.Title.Contains(marker));
        var own = StoryTitled(await StoriesAsync(reader, MinhSon + page), $"Chi bộ kiểu mẫu đã sửa {marker}");
        Assert.NotNull(own);
        Assert.Null(own.QuerySelector(".story-origin"));
    }

    [Fact]
    public async Task CategoryPage_OnACommune_ListsTheProvincePush_AtTheCommunesAddress_UntilThePushIsWithdrawn()
    {
        var marker = Marker("push");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-5),
            a => a.Title = $"Học tập nghị quyết {marker}");
        var page = MinhSon + "/tin-tuc/xay-dung-dang";
        using var reader = WebSession.Anonymous(Factory);
        Assert.Null(StoryTitled(await StoriesAsync(reader, page), article.Title));

        var minhSon = await Factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-minh-son").Select(p => p.Id).SingleAsync());
        await WithServicesAsync(async (sharing, portals) => await sharing.PushAsync(portals.Root!, article.Id, [minhSon], null, Staff, default));

        var story = StoryTitled(await StoriesAsync(reader, page), article.Title);
        Assert.NotNull(story);
        Assert.Equal($"Tin từ {ProvinceName}", story.QuerySelector(".story-origin")?.TextContent.Trim(' ', '·'));
        var href = story.QuerySelector(".story-title a")!.GetAttribute("href")!;
        Assert.Equal($"{MinhSon}/tin-tuc/xay-dung-dang/{article.Slug}", href);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(href)).StatusCode);
        var item = Assert.Single(await FeedItemsAsync(reader, page + "/rss.xml"), i => i.Title == article.Title);
        Assert.Equal(href, new Uri(item.Link).AbsolutePath);
        // Another category of the commune does not list it.
        Assert.Null(StoryTitled(await StoriesAsync(reader, MinhSon + "/tin-tuc/nong-thon-moi"), article.Title));

        // The province ends the push.
        var shareId = await Factory.WithDbAsync(db => db.ArticleShares.Where(s => s.ArticleId == article.Id).Select(s => s.Id).SingleAsync());
        await WithServicesAsync(async (sharing, portals) => { await sharing.WithdrawAsync(portals.Root!, shareId, Staff, default); return 0; });
        Assert.Null(StoryTitled(await StoriesAsync(reader, page), article.Title));
        Assert.DoesNotContain(await FeedItemsAsync(reader, page + "/rss.xml"), i => i.Title == article.Title);
    }

    [Fact]
    public async Task CategoryPage_CarriedArticleMovedIntoACategoryOfItsSlug_OrItsCategoryRenamedToIt_AppearsThere()
    {
        // Minh Sơn's "Nông thôn mới" has no namesake on the province: carried there, the article is on no category page.
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "nong-thon-moi"), DateTime.UtcNow.AddMinutes(-5));
        await AcceptOnProvinceAsync(await ProposeFromMinhSonAsync(article.Id));
        using var reader = WebSession.Anonymous(Factory);
        Assert.Null(StoryTitled(await StoriesAsync(reader, "/tin-tuc/xay-dung-dang"), article.Title));

        var xayDungDang = await CategoryAsync("xa-minh-son", "xay-dung-dang");
        await EditAsync(article.Id, a => a.CategoryId = xayDungDang.Id);
        Assert.NotNull(StoryTitled(await StoriesAsync(reader, "/tin-tuc/xay-dung-dang"), article.Title));

        // A Minh Sơn category renamed to the slug of a province category.
        var slug = "chuyen-muc-" + Guid.NewGuid().ToString("N")[..8];
        await NewCategoryAsync("", slug);
        var renamed = await NewCategoryAsync("xa-minh-son", slug + "-cu");
        var other = await Factory.CreateArticleAsync(renamed, DateTime.UtcNow.AddMinutes(-5));
        await AcceptOnProvinceAsync(await ProposeFromMinhSonAsync(other.Id));
        Assert.Empty(await StoriesAsync(reader, $"/tin-tuc/{slug}"));
        await Factory.WithDbAsync(async db =>
        {
            (await db.Categories.SingleAsync(c => c.Id == renamed.Id)).Slug = slug;
            await db.SaveChangesAsync();
        });
        Assert.NotNull(StoryTitled(await StoriesAsync(reader, $"/tin-tuc/{slug}"), other.Title));
    }

    [Fact]
    public async Task CategoryPage_CarriedArticles_TakeTheirPlaceByDate_AcrossThePageBoundary()
    {
        // A slug of the test's own on both portals: thirteen province articles, two Minh Sơn ones carried, one newer than
        // all of them and one older than all but the oldest.
        var slug = "chuyen-muc-" + Guid.NewGuid().ToString("N")[..8];
        var province = await NewCategoryAsync("", slug);
        var commune = await NewCategoryAsync("xa-minh-son", slug);
        var start = new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);
        var own = new List<Article>();
        for (var i = 0; i < 13; i++)
        {
            own.Add(await Factory.CreateArticleAsync(province, start.AddHours(i)));
        }
        var newest = await Factory.CreateArticleAsync(commune, start.AddHours(12.5));
        var older = await Factory.CreateArticleAsync(commune, start.AddHours(0.5));
        foreach (var article in new[] { newest, older })
        {
            await AcceptOnProvinceAsync(await ProposeFromMinhSonAsync(article.Id));
        }
        using var reader = WebSession.Anonymous(Factory);

        var first = await reader.GetPageAsync($"/tin-tuc/{slug}");
        var second = await reader.GetPageAsync($"/tin-tuc/{slug}?trang=2");
        var third = await reader.GetAsync($"/tin-tuc/{slug}?trang=3");

        static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".story-title a").Select(a => a.TextContent.Trim())];
        Assert.Equal([newest.Title, .. Enumerable.Range(2, 11).Reverse().Select(i => own[i].Title)], Titles(first));
        Assert.Equal([own[1].Title, older.Title, own[0].Title], Titles(second));
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        Assert.Equal($"/tin-tuc/{slug}?trang=2", first.QuerySelector(".pager a[rel='next']")?.GetAttribute("href"));
        // Minh Sơn's own page of that slug shows its two articles, not the province's.
        Assert.Equal([newest.Title, older.Title], Titles(await reader.GetPageAsync($"{MinhSon}/tin-tuc/{slug}")));
    }
}

public sealed class CategoryCarriedArticlesTests_Sqlite(SqliteFactory Factory) : CategoryCarriedArticlesTests<SqliteFactory>(Factory);

public sealed class CategoryCarriedArticlesTests_Postgres(PostgresFactory Factory) : CategoryCarriedArticlesTests<PostgresFactory>(Factory);
