using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>
/// Where else a reader of the carrying portal meets the articles it carries, as on its category pages: the home page's
/// category blocks, the site feed (which lists what the home page's latest news does), and the carried article's own
/// breadcrumb, which names the carrying portal's category of the article's slug. Every page read here is output-cached
/// and must follow the share, the article and the category.
/// </summary>
public abstract class CarriedArticlesOnHomeFeedAndPageTests<TFactory>(TFactory factory) : CarriedContentTests<TFactory>(factory) where TFactory : DangBoFactory
{
    private const string XayDungDang = "Xây dựng Đảng";

    private async Task<int> CarriedOnProvinceAsync(int articleId)
    {
        var shareId = await ProposeFromMinhSonAsync(articleId);
        await AcceptOnProvinceAsync(shareId);
        return shareId;
    }

    private async Task<int> PushedToMinhSonAsync(int articleId)
    {
        var minhSon = await Factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-minh-son").Select(p => p.Id).SingleAsync());
        await WithServicesAsync(async (sharing, portals) => await sharing.PushAsync(portals.Root!, articleId, [minhSon], null, Staff, default));
        return await Factory.WithDbAsync(db => db.ArticleShares.Where(s => s.ArticleId == articleId).Select(s => s.Id).SingleAsync());
    }

    private Task WithdrawAsync(int shareId) =>
        WithServicesAsync(async (sharing, portals) => { await sharing.WithdrawAsync(portals.Root!, shareId, Staff, default); return 0; });

    private Task RenameAsync<T>(Func<DangBoDbContext, Task<T>> find, Action<T> rename) => Factory.WithDbAsync(async db =>
    {
        rename(await find(db));
        await db.SaveChangesAsync();
    });

    /// <summary>The home page's block of that title: its stories (title, address, origin line) in order.</summary>
    private static async Task<List<(string Title, string Href, string? Origin)>> HomeBlockAsync(WebSession reader, string home, string blockTitle)
    {
        var page = await reader.GetPageAsync(home);
        var block = page.QuerySelectorAll(".block").Single(b => b.QuerySelector(".block-title")!.TextContent.Trim() == blockTitle);
        return [.. block.QuerySelectorAll(".lead-story, .story").Select(s =>
        {
            var link = s.QuerySelector(".lead-title a, .story-title a")!;
            return (link.TextContent.Trim(), link.GetAttribute("href")!, s.QuerySelector(".story-origin")?.TextContent.Trim(' ', '·'));
        })];
    }

    /// <summary>
    /// Reads the address until the answer comes from the cache: a save made just before is evicted a second time a
    /// moment later, which could otherwise make the next read fresh for that reason alone.
    /// </summary>
    private static async Task ServedFromCacheAsync(WebSession reader, string url)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await reader.GetAsync(url);
            if ((await reader.GetAsync(url)).Headers.Age is not null)
            {
                return;
            }
            await Task.Delay(1000);
        }
        Assert.Fail($"{url} is never served from the cache");
    }

    private static async Task<List<string>> LatestNewsAsync(WebSession reader, string home) =>
        [.. (await reader.GetPageAsync(home)).QuerySelectorAll(".block-latest .story-title a").Select(a => a.TextContent.Trim())];

    private static async Task<List<(string Title, string Path)>> FeedAsync(WebSession reader, string url)
    {
        var feed = XDocument.Parse(await reader.Client.GetStringAsync(url));
        return [.. feed.Descendants("item").Select(i => ((string)i.Element("title")!, new Uri((string)i.Element("link")!).AbsolutePath))];
    }

    /// <summary>The RSS &lt;source&gt; of the feed's item of that title: the portal's name and the path of its feed (null when it has none).</summary>
    private static async Task<(string Name, string FeedPath)?> SourceAsync(WebSession reader, string url, string title)
    {
        var feed = XDocument.Parse(await reader.Client.GetStringAsync(url));
        var source = feed.Descendants("item").Single(i => (string)i.Element("title")! == title).Element("source");
        return source is null ? null : (source.Value, new Uri((string)source.Attribute("url")!).AbsolutePath);
    }

    private static async Task<List<(string Text, string Href)>> BreadcrumbAsync(WebSession reader, string url) =>
        [.. (await reader.GetPageAsync(url)).QuerySelectorAll(".breadcrumb a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!))];

    // ---- Home page category blocks ----

    [Fact]
    public async Task HomeCategoryBlock_OnTheProvince_ListsAnAcceptedCommuneArticle_MarkedWithItsOrigin_AndFollowsItUntilWithdrawn()
    {
        var marker = Marker("home");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-1),
            a => a.Title = $"Đại hội chi bộ điểm {marker}");
        using var reader = WebSession.Anonymous(Factory);
        // Cached before anything happens: every step below must evict it.
        Assert.DoesNotContain(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));

        var shareId = await ProposeFromMinhSonAsync(article.Id);
        Assert.DoesNotContain(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));

        await AcceptOnProvinceAsync(shareId);
        var block = await HomeBlockAsync(reader, "/", XayDungDang);
        // The category's newest, in the lead place, read at its address on the province and marked with its origin.
        Assert.Equal((article.Title, $"/tin-tuc/xay-dung-dang/{article.Slug}", $"Tin từ {MinhSonName}"), block[0]);
        Assert.Equal(4, block.Count);

        await EditAsync(article.Id, a => a.Title = $"Đại hội chi bộ điểm đã sửa {marker}");
        Assert.Equal($"Đại hội chi bộ điểm đã sửa {marker}", (await HomeBlockAsync(reader, "/", XayDungDang))[0].Title);

        await EditAsync(article.Id, a => a.Unpublish());
        Assert.DoesNotContain(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));
        // Published again: nothing of the province's changes, yet its cached home page lists it again.
        await ServedFromCacheAsync(reader, "/");
        await EditAsync(article.Id, a => a.Publish(DateTime.UtcNow));
        Assert.Contains(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));

        // Minh Sơn's portal renamed: the origin line follows.
        try
        {
            await RenameAsync(db => db.Portals.SingleAsync(p => p.Slug == "xa-minh-son"), p => p.Name = "Cổng Minh Sơn mới");
            Assert.Equal("Tin từ Cổng Minh Sơn mới", (await HomeBlockAsync(reader, "/", XayDungDang)).Single(s => s.Title.Contains(marker)).Origin);
        }
        finally
        {
            await RenameAsync(db => db.Portals.SingleAsync(p => p.Slug == "xa-minh-son"), p => p.Name = MinhSonName);
        }

        // The province takes it down: gone from its block, still on Minh Sơn's own, unmarked.
        await WithdrawAsync(shareId);
        block = await HomeBlockAsync(reader, "/", XayDungDang);
        Assert.DoesNotContain(block, s => s.Title.Contains(marker));
        Assert.Equal(4, block.Count);
        var own = (await HomeBlockAsync(reader, MinhSon + "/", XayDungDang)).Single(s => s.Title.Contains(marker));
        Assert.Null(own.Origin);
    }

    [Fact]
    public async Task HomeCategoryBlock_OnACommune_ListsTheProvincePush_AtTheCommunesAddress_UntilWithdrawn()
    {
        var marker = Marker("push");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-1),
            a => a.Title = $"Quán triệt nghị quyết {marker}");
        using var reader = WebSession.Anonymous(Factory);
        Assert.DoesNotContain(await HomeBlockAsync(reader, MinhSon + "/", XayDungDang), s => s.Title.Contains(marker));

        var shareId = await PushedToMinhSonAsync(article.Id);
        var lead = (await HomeBlockAsync(reader, MinhSon + "/", XayDungDang))[0];
        Assert.Equal((article.Title, $"{MinhSon}/tin-tuc/xay-dung-dang/{article.Slug}", $"Tin từ {ProvinceName}"), lead);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(lead.Href)).StatusCode);
        // Another block of the commune does not list it.
        Assert.DoesNotContain(await HomeBlockAsync(reader, MinhSon + "/", "Nông thôn mới"), s => s.Title.Contains(marker));

        await WithdrawAsync(shareId);
        Assert.DoesNotContain(await HomeBlockAsync(reader, MinhSon + "/", XayDungDang), s => s.Title.Contains(marker));
    }

    [Fact]
    public async Task HomeCategoryBlock_CarriedArticleMovedIntoACategoryOfItsSlug_AppearsThere()
    {
        // Minh Sơn's "Nông thôn mới" has no namesake on the province: carried from there, the article is in no category block.
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "nong-thon-moi"), DateTime.UtcNow.AddMinutes(-1));
        await CarriedOnProvinceAsync(article.Id);
        using var reader = WebSession.Anonymous(Factory);
        Assert.DoesNotContain(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title == article.Title);
        await ServedFromCacheAsync(reader, "/");

        var xayDungDang = await CategoryAsync("xa-minh-son", "xay-dung-dang");
        await EditAsync(article.Id, a => a.CategoryId = xayDungDang.Id);
        Assert.Equal(article.Title, (await HomeBlockAsync(reader, "/", XayDungDang))[0].Title);
    }

    [Fact]
    public async Task HomeCategoryBlock_OnACommuneCarryingMoreThanItsLatestNewsShows_StillListsAnOlderCarriedArticleOfItsSlug()
    {
        // A slug of the test's own on both portals, with a block on Minh Sơn's home page.
        var slug = "chuyen-muc-" + Guid.NewGuid().ToString("N")[..8];
        var provinceCategory = await NewCategoryAsync("", slug, "Chuyển đổi số tỉnh");
        var communeCategory = await NewCategoryAsync("xa-minh-son", slug, "Chuyển đổi số");
        await Factory.WithDbAsync(async db =>
        {
            db.HomeBlocks.Add(new HomeBlock { PortalId = communeCategory.PortalId, Kind = HomeBlockKind.Category, CategoryId = communeCategory.Id, ItemCount = 4, SortOrder = 99 });
            await db.SaveChangesAsync();
        });
        var own = await Factory.CreateArticleAsync(communeCategory, DateTime.UtcNow.AddDays(-5));
        var older = await Factory.CreateArticleAsync(provinceCategory, DateTime.UtcNow.AddDays(-3));
        var shares = new List<int> { await PushedToMinhSonAsync(older.Id) };
        // Nine newer pushes elsewhere: more than the commune's latest news shows.
        var thoiSu = await CategoryAsync("", "thoi-su");
        for (var i = 0; i < 9; i++)
        {
            shares.Add(await PushedToMinhSonAsync((await Factory.CreateArticleAsync(thoiSu, DateTime.UtcNow.AddMinutes(-2))).Id));
        }
        using var reader = WebSession.Anonymous(Factory);
        try
        {
            Assert.DoesNotContain(older.Title, await LatestNewsAsync(reader, MinhSon + "/"));
            Assert.Equal(
                [(older.Title, $"{MinhSon}/tin-tuc/{slug}/{older.Slug}", $"Tin từ {ProvinceName}"), (own.Title, $"{MinhSon}/tin-tuc/{slug}/{own.Slug}", null)],
                await HomeBlockAsync(reader, MinhSon + "/", "Chuyển đổi số"));
        }
        finally
        {
            foreach (var shareId in shares)
            {
                await WithdrawAsync(shareId);
            }
        }
        Assert.Equal([(own.Title, $"{MinhSon}/tin-tuc/{slug}/{own.Slug}", null)], await HomeBlockAsync(reader, MinhSon + "/", "Chuyển đổi số"));
    }

    // ---- The site feed ----

    [Fact]
    public async Task SiteFeed_OnTheProvince_ListsWhatItsLatestNewsShows_CarriedArticlesIncluded_UntilWithdrawn()
    {
        var marker = Marker("feed");
        // "Tin tức - Sự kiện" has no namesake on the province: the feed lists what the province carries, whatever its category.
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "tin-tuc-su-kien"), DateTime.UtcNow.AddMinutes(-1),
            a => a.Title = $"Ra quân làm đường {marker}");
        using var reader = WebSession.Anonymous(Factory);
        Assert.DoesNotContain(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));

        var shareId = await CarriedOnProvinceAsync(article.Id);
        var feed = await FeedAsync(reader, "/rss.xml");
        var latest = await LatestNewsAsync(reader, "/");
        Assert.Equal(article.Title, latest[0]);
        Assert.Equal(latest, feed.Take(latest.Count).Select(i => i.Title));
        var item = feed.Single(i => i.Title == article.Title);
        Assert.Equal($"/tin-tuc/tin-tuc-su-kien/{article.Slug}", item.Path);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(item.Path)).StatusCode);
        // The carried item names Minh Sơn's portal and feed as its source; the province's own items name none.
        Assert.Equal((MinhSonName, MinhSon + "/rss.xml"), await SourceAsync(reader, "/rss.xml", article.Title));
        var ownNewest = await Factory.WithDbAsync(db => db.Articles
            .Where(a => a.PortalId == db.Portals.Single(p => p.IsRoot).Id && a.Status == ArticleStatus.Published && a.PublishedAt <= DateTime.UtcNow)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).FirstAsync());
        Assert.Null(await SourceAsync(reader, "/rss.xml", ownNewest));
        // Minh Sơn's portal renamed: the cached feed names it anew.
        try
        {
            await RenameAsync(db => db.Portals.SingleAsync(p => p.Slug == "xa-minh-son"), p => p.Name = "Cổng Minh Sơn mới");
            Assert.Equal(("Cổng Minh Sơn mới", MinhSon + "/rss.xml"), await SourceAsync(reader, "/rss.xml", article.Title));
        }
        finally
        {
            await RenameAsync(db => db.Portals.SingleAsync(p => p.Slug == "xa-minh-son"), p => p.Name = MinhSonName);
        }

        await EditAsync(article.Id, a => a.Title = $"Ra quân làm đường đã sửa {marker}");
        Assert.Equal($"Ra quân làm đường đã sửa {marker}", (await FeedAsync(reader, "/rss.xml"))[0].Title);

        await EditAsync(article.Id, a => a.Unpublish());
        Assert.DoesNotContain(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));
        // Published again: nothing of the province's changes, yet its cached feed lists it again.
        await ServedFromCacheAsync(reader, "/rss.xml");
        await EditAsync(article.Id, a => a.Publish(DateTime.UtcNow));
        Assert.Contains(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));

        await WithdrawAsync(shareId);
        Assert.DoesNotContain(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));
        Assert.DoesNotContain(await LatestNewsAsync(reader, "/"), t => t.Contains(marker));
        // Still in Minh Sơn's own feed.
        Assert.Contains(await FeedAsync(reader, MinhSon + "/rss.xml"), i => i.Title.Contains(marker));
    }

    [Fact]
    public async Task SiteFeed_OnACommune_ListsTheProvincePush_AtTheCommunesAddress_AsItsLatestNewsDoes()
    {
        var marker = Marker("pushfeed");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("", "thoi-su"), DateTime.UtcNow.AddMinutes(-1),
            a => a.Title = $"Hội nghị tỉnh ủy {marker}");
        using var reader = WebSession.Anonymous(Factory);
        Assert.DoesNotContain(await FeedAsync(reader, MinhSon + "/rss.xml"), i => i.Title.Contains(marker));

        var shareId = await PushedToMinhSonAsync(article.Id);
        var feed = await FeedAsync(reader, MinhSon + "/rss.xml");
        var latest = await LatestNewsAsync(reader, MinhSon + "/");
        Assert.Equal(article.Title, latest[0]);
        Assert.Equal(latest, feed.Take(latest.Count).Select(i => i.Title));
        Assert.Equal($"{MinhSon}/tin-tuc/thoi-su/{article.Slug}", feed[0].Path);
        var provinceName = await Factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.Name).SingleAsync());
        Assert.Equal((provinceName, "/rss.xml"), await SourceAsync(reader, MinhSon + "/rss.xml", article.Title));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(feed[0].Path)).StatusCode);
        // Not on a commune it was not pushed to.
        Assert.DoesNotContain(await FeedAsync(reader, "/don-vi/phuong-an-phu/rss.xml"), i => i.Title.Contains(marker));

        await WithdrawAsync(shareId);
        Assert.DoesNotContain(await FeedAsync(reader, MinhSon + "/rss.xml"), i => i.Title.Contains(marker));
    }

    [Fact]
    public async Task SiteFeedAndHome_CarriedArticleRescheduled_LeaveThenComeBackWhenItsTimeComes()
    {
        var marker = Marker("sched");
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-1),
            a => a.Title = $"Lễ kết nạp đảng viên {marker}");
        await CarriedOnProvinceAsync(article.Id);
        using var reader = WebSession.Anonymous(Factory);
        Assert.Contains(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));

        // Its own portal moves its publication a moment later: nothing on the province is written, now or then.
        var publishAt = DateTime.UtcNow.AddSeconds(5);
        await EditAsync(article.Id, a => a.Publish(DateTime.UtcNow, publishAt));
        Assert.DoesNotContain(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));
        Assert.DoesNotContain(await LatestNewsAsync(reader, "/"), t => t.Contains(marker));
        Assert.DoesNotContain(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));
        await ServedFromCacheAsync(reader, "/rss.xml");
        await ServedFromCacheAsync(reader, "/");

        var wait = publishAt - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(100));
        }
        Assert.Contains(await FeedAsync(reader, "/rss.xml"), i => i.Title.Contains(marker));
        Assert.Contains(await LatestNewsAsync(reader, "/"), t => t.Contains(marker));
        Assert.Contains(await HomeBlockAsync(reader, "/", XayDungDang), s => s.Title.Contains(marker));
    }

    // ---- The carried article's breadcrumb ----

    [Fact]
    public async Task ArticlePage_Carried_BreadcrumbNamesTheCarryingPortalsCategoryOfItsSlug_AndFollowsItsRename()
    {
        var article = await Factory.CreateArticleAsync(await CategoryAsync("xa-minh-son", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-1));
        await CarriedOnProvinceAsync(article.Id);
        var url = $"/tin-tuc/xay-dung-dang/{article.Slug}";
        using var reader = WebSession.Anonymous(Factory);

        var page = await reader.GetPageAsync(url);
        Assert.Equal([("Trang chủ", "/"), (XayDungDang, "/tin-tuc/xay-dung-dang")],
            page.QuerySelectorAll(".breadcrumb a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList());
        // The origin line is as it was: the article's one address, on Minh Sơn.
        var origin = page.QuerySelector(".article-origin a")!;
        Assert.Equal(MinhSonName, origin.TextContent.Trim());
        Assert.Equal($"http://localhost{MinhSon}/tin-tuc/xay-dung-dang/{article.Slug}", origin.GetAttribute("href"));

        // The province renames its category: the cached page follows.
        var provinceCategory = await CategoryAsync("", "xay-dung-dang");
        await ServedFromCacheAsync(reader, url);
        try
        {
            await RenameAsync(db => db.Categories.SingleAsync(c => c.Id == provinceCategory.Id), c => c.Name = "Công tác xây dựng Đảng");
            Assert.Equal(("Công tác xây dựng Đảng", "/tin-tuc/xay-dung-dang"), (await BreadcrumbAsync(reader, url))[1]);
        }
        finally
        {
            await RenameAsync(db => db.Categories.SingleAsync(c => c.Id == provinceCategory.Id), c => c.Name = provinceCategory.Name);
        }
        Assert.Equal((XayDungDang, "/tin-tuc/xay-dung-dang"), (await BreadcrumbAsync(reader, url))[1]);
    }

    [Fact]
    public async Task ArticlePage_Carried_WithoutACategoryOfItsSlugHere_BreadcrumbNamesItsOrigin_UntilOneIsCreated()
    {
        var slug = "chuyen-muc-" + Guid.NewGuid().ToString("N")[..8];
        var article = await Factory.CreateArticleAsync(await NewCategoryAsync("xa-minh-son", slug, "Phong trào thi đua"), DateTime.UtcNow.AddMinutes(-1));
        await CarriedOnProvinceAsync(article.Id);
        var url = $"/tin-tuc/{slug}/{article.Slug}";
        using var reader = WebSession.Anonymous(Factory);
        Assert.Equal((MinhSonName, $"http://localhost{MinhSon}/tin-tuc/{slug}/{article.Slug}"), (await BreadcrumbAsync(reader, url))[1]);
        await ServedFromCacheAsync(reader, url);

        await NewCategoryAsync("", slug, "Thi đua khen thưởng");
        Assert.Equal(("Thi đua khen thưởng", $"/tin-tuc/{slug}"), (await BreadcrumbAsync(reader, url))[1]);
        // ... which lists it.
        Assert.Contains((await reader.GetPageAsync($"/tin-tuc/{slug}")).QuerySelectorAll(".story-title a"), a => a.TextContent.Trim() == article.Title);
    }

    [Fact]
    public async Task ArticlePage_PushedToACommune_BreadcrumbNamesTheCommunesCategory_AtTheCommunesAddress()
    {
        var article = await Factory.CreateArticleAsync(await CategoryAsync("", "xay-dung-dang"), DateTime.UtcNow.AddMinutes(-1));
        await PushedToMinhSonAsync(article.Id);
        using var reader = WebSession.Anonymous(Factory);

        var crumbs = await BreadcrumbAsync(reader, $"{MinhSon}/tin-tuc/xay-dung-dang/{article.Slug}");

        Assert.Equal((XayDungDang, $"{MinhSon}/tin-tuc/xay-dung-dang"), crumbs[1]);
        // The province's own page of the article keeps its own breadcrumb.
        Assert.Equal((XayDungDang, "/tin-tuc/xay-dung-dang"), (await BreadcrumbAsync(reader, $"/tin-tuc/xay-dung-dang/{article.Slug}"))[1]);
    }
}

public sealed class CarriedArticlesOnHomeFeedAndPageTests_Sqlite(SqliteFactory Factory) : CarriedArticlesOnHomeFeedAndPageTests<SqliteFactory>(Factory);

public sealed class CarriedArticlesOnHomeFeedAndPageTests_Postgres(PostgresFactory Factory) : CarriedArticlesOnHomeFeedAndPageTests<PostgresFactory>(Factory);
