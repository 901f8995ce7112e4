using System.Net;
using System.Net.Http.Headers;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Modules;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure.Caching;

/// <summary>
/// Public pages come from the output cache, and yet a reader sees every change at the next request: the cache is
/// evicted by the saves themselves, whatever writes them.
/// </summary>
public abstract class PublicCachingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private HttpClient Reader() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task CategoryPage_SecondRequest_IsServedFromCacheWithoutTouchingTheDatabase()
    {
        var category = await factory.CreateCategoryAsync();
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5));
        await SettleAsync();
        var client = Reader();
        var first = await client.GetAsync(ContentUrls.Category(category.Slug));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);

        var before = factory.Commands.Count;
        var second = await client.GetAsync(ContentUrls.Category(category.Slug));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(0, factory.Commands.Count - before);
        Assert.Contains(article.Title, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CategoryPage_ArticlePublished_NextRequestShowsIt()
    {
        var category = await factory.CreateCategoryAsync();
        var draft = await factory.CreateArticleAsync(category, publishedAt: null);
        var client = Reader();
        Assert.DoesNotContain(draft.Title, await CachedTextAsync(client, ContentUrls.Category(category.Slug)));

        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == draft.Id);
            article.Publish(DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        Assert.Contains(draft.Title, await TextAsync(client, ContentUrls.Category(category.Slug)));
        Assert.Contains(draft.Title, await TextAsync(client, ContentUrls.Home));
        Assert.Contains(draft.Title, await TextAsync(client, ContentUrls.SiteFeed));
    }

    [Fact]
    public async Task ArticleAndLists_ArticleEdited_NextRequestShowsTheNewTitle()
    {
        var category = await factory.CreateCategoryAsync();
        var published = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-1));
        var client = Reader();
        var articleUrl = ContentUrls.Article(category.Slug, published.Slug);
        Assert.Contains(published.Title, await CachedTextAsync(client, articleUrl));
        Assert.Contains(published.Title, await CachedTextAsync(client, ContentUrls.Category(category.Slug)));
        Assert.Contains(published.Title, await CachedTextAsync(client, ContentUrls.CategoryFeed(category.Slug)));
        var newTitle = "Tiêu đề đã sửa " + Guid.NewGuid().ToString("N")[..8];

        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == published.Id);
            article.Title = newTitle;
            await db.SaveChangesAsync();
        });

        Assert.Contains(newTitle, await TextAsync(client, articleUrl));
        Assert.Contains(newTitle, await TextAsync(client, ContentUrls.Category(category.Slug)));
        Assert.Contains(newTitle, await TextAsync(client, ContentUrls.CategoryFeed(category.Slug)));
    }

    [Fact]
    public async Task ArticlePage_Unpublished_NextRequestIsNotFoundAndListsDropIt()
    {
        var category = await factory.CreateCategoryAsync();
        var published = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-1));
        var client = Reader();
        var articleUrl = ContentUrls.Article(category.Slug, published.Slug);
        await CachedTextAsync(client, articleUrl);
        Assert.Contains(published.Title, await CachedTextAsync(client, ContentUrls.Category(category.Slug)));

        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == published.Id);
            article.Unpublish();
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(articleUrl)).StatusCode);
        Assert.DoesNotContain(published.Title, await TextAsync(client, ContentUrls.Category(category.Slug)));
    }

    [Fact]
    public async Task CategoryPage_ScheduledTimeArrives_ArticleAppearsWithoutAnyWrite()
    {
        var client = Reader();
        // The pages must be read (and cached) before the scheduled time: on a loaded machine that can take longer than a
        // short lead, so the lead grows until the "before" reads finished in time; only then is the "after" meaningful.
        foreach (var lead in new[] { 2, 6, 15 })
        {
            var category = await factory.CreateCategoryAsync();
            var publishAt = DateTime.UtcNow.AddSeconds(lead);
            var scheduled = await factory.CreateArticleAsync(category, publishAt);
            var categoryBefore = await CachedTextAsync(client, ContentUrls.Category(category.Slug));
            var homeBefore = await CachedTextAsync(client, ContentUrls.Home);
            if (DateTime.UtcNow >= publishAt.AddMilliseconds(-200))
            {
                continue;
            }
            Assert.DoesNotContain(scheduled.Title, categoryBefore);
            Assert.DoesNotContain(scheduled.Title, homeBefore);

            await Task.Delay(publishAt - DateTime.UtcNow + TimeSpan.FromMilliseconds(100));

            Assert.Contains(scheduled.Title, await TextAsync(client, ContentUrls.Category(category.Slug)));
            Assert.Contains(scheduled.Title, await TextAsync(client, ContentUrls.Home));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ContentUrls.Article(category.Slug, scheduled.Slug))).StatusCode);
            return;
        }
        Assert.Fail("The pages could not be read before a scheduled time 15 s ahead.");
    }

    [Fact]
    public async Task ArticlePage_CategoryRenamed_BreadcrumbShowsTheNewName()
    {
        var category = await factory.CreateCategoryAsync();
        var published = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-1));
        var client = Reader();
        var articleUrl = ContentUrls.Article(category.Slug, published.Slug);
        Assert.Contains(category.Name, await CachedTextAsync(client, articleUrl));
        var newName = "Chuyên mục đổi tên " + Guid.NewGuid().ToString("N")[..6];

        await factory.WithDbAsync(async db =>
        {
            (await db.Categories.SingleAsync(c => c.Id == category.Id)).Name = newName;
            await db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync(articleUrl);
        Assert.Contains(newName, page.QuerySelector(".breadcrumb")!.TextContent);
        Assert.Contains(newName, await TextAsync(client, ContentUrls.Category(category.Slug)));
    }

    [Fact]
    public async Task EveryPage_MenuItemAdded_NextRequestShowsIt()
    {
        var portalId = await factory.RootPortalIdAsync();
        var client = Reader();
        await CachedTextAsync(client, ContentUrls.Home);
        await CachedTextAsync(client, ContentUrls.Introduction);
        var title = "Mục thử " + Guid.NewGuid().ToString("N")[..6];
        var item = new MenuItem { PortalId = portalId, Title = title, Url = ContentUrls.Topics, SortOrder = 99 };

        await factory.WithDbAsync(async db =>
        {
            db.MenuItems.Add(item);
            await db.SaveChangesAsync();
        });

        Assert.Contains(title, (await client.GetDocumentAsync(ContentUrls.Home)).QuerySelector("#menu-chinh")!.TextContent);
        Assert.Contains(title, (await client.GetDocumentAsync(ContentUrls.Introduction)).QuerySelector("#menu-chinh")!.TextContent);

        await factory.WithDbAsync(async db =>
        {
            db.MenuItems.Remove(await db.MenuItems.SingleAsync(m => m.Id == item.Id));
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(title, await TextAsync(client, ContentUrls.Home));
    }

    [Fact]
    public async Task HomePage_BlockAdded_NextRequestShowsIt()
    {
        var portalId = await factory.RootPortalIdAsync();
        var client = Reader();
        await CachedTextAsync(client, ContentUrls.Home);
        var title = "Khối thử " + Guid.NewGuid().ToString("N")[..6];
        var block = new HomeBlock { PortalId = portalId, Kind = HomeBlockKind.Latest, Title = title, ItemCount = 3, SortOrder = 99 };

        await factory.WithDbAsync(async db =>
        {
            db.HomeBlocks.Add(block);
            await db.SaveChangesAsync();
        });
        Assert.Contains(title, await TextAsync(client, ContentUrls.Home));

        await factory.WithDbAsync(async db =>
        {
            (await db.HomeBlocks.SingleAsync(b => b.Id == block.Id)).IsVisible = false;
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(title, await TextAsync(client, ContentUrls.Home));
    }

    [Fact]
    public async Task StaticPage_Edited_NextRequestShowsTheNewText()
    {
        var portalId = await factory.RootPortalIdAsync();
        var slug = PublicSite.Unique("trang");
        var page = new StaticPage { PortalId = portalId, Title = "Trang thử " + slug[^6..], Slug = slug, BodyHtml = "<p>Bản đầu.</p>", SortOrder = 50 };
        await factory.WithDbAsync(async db =>
        {
            db.StaticPages.Add(page);
            await db.SaveChangesAsync();
        });
        var client = Reader();
        Assert.Contains("Bản đầu.", await CachedTextAsync(client, ContentUrls.StaticPage(slug)));
        Assert.Contains(page.Title, await CachedTextAsync(client, ContentUrls.Introduction));

        await factory.WithDbAsync(async db =>
        {
            (await db.StaticPages.SingleAsync(p => p.Id == page.Id)).BodyHtml = "<p>Bản đã sửa.</p>";
            await db.SaveChangesAsync();
        });

        Assert.Contains("Bản đã sửa.", await TextAsync(client, ContentUrls.StaticPage(slug)));
    }

    [Fact]
    public async Task CategoryPage_EditorPublishesInTheBackOffice_ReaderSeesItAtOnce()
    {
        var category = await factory.DemoCategoryAsync("xay-dung-dang");
        var client = Reader();
        await CachedTextAsync(client, ContentUrls.Category(category.Slug));
        // The demo portal has three review steps: publishing is the editor-in-chief's move.
        using var editor = await WebSession.SignedInAsync(factory, "truongbbt");
        var form = await editor.GetPageAsync("/quan-tri/tin-bai/them");
        var title = "Tin xuất bản qua biên tập " + Guid.NewGuid().ToString("N")[..8];

        var response = await editor.SubmitAsync(form.Form("#article-form"), new()
        {
            ["Input.Title"] = title,
            ["Input.Lead"] = "Sapo của tin bài.",
            ["Input.BodyHtml"] = "<p>Nội dung chính của tin bài.</p>",
            ["Input.CategoryId"] = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, form.Button("Xuất bản"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(title, await TextAsync(client, ContentUrls.Category(category.Slug)));
    }

    [Fact]
    public async Task Sitemap_PublicDocumentMadeMembersOnly_NextRequestNoLongerListsIt()
    {
        var document = await factory.WithDbAsync(db => db.Documents
            .Where(d => d.Visibility == DangBo.Web.Modules.Documents.Models.DocumentVisibility.Public)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Slug }).FirstAsync());
        var url = DangBo.Web.Modules.Documents.DocumentsUrls.Document(document.Id, document.Slug);
        var client = Reader();
        Assert.Contains(url, await CachedTextAsync(client, ContentUrls.XmlSitemap));

        await factory.WithDbAsync(async db =>
        {
            (await db.Documents.SingleAsync(d => d.Id == document.Id)).Visibility = DangBo.Web.Modules.Documents.Models.DocumentVisibility.AllMembers;
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(url, await TextAsync(client, ContentUrls.XmlSitemap));
    }

    [Fact]
    public async Task Pages_SignedInAndAnonymous_NeverShareACachedResponse()
    {
        var category = await factory.CreateCategoryAsync();
        await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-1));
        await SettleAsync();
        var url = ContentUrls.Category(category.Slug);
        using var member = await WebSession.SignedInAsync(factory, "bientap");

        // A page rendered for a signed-in user is not stored for anyone.
        var signedIn = await member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var anonymous = Reader();
        Assert.Null((await anonymous.GetAsync(url)).Headers.Age);
        Assert.NotNull((await anonymous.GetAsync(url)).Headers.Age);

        // A page cached for anonymous readers is not served to a signed-in user.
        var again = await member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task PublicPages_Anonymous_SetNoCookieSoTheyCanBeCached()
    {
        var client = Reader();
        foreach (var url in new[] { ContentUrls.Home, ContentUrls.Introduction, ContentUrls.Topics, ContentUrls.HtmlSitemap, ContentUrls.FeedList,
            ContentUrls.Organisation, ContentUrls.SiteFeed, ContentUrls.XmlSitemap, ContentUrls.RobotsTxt })
        {
            var first = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
            await CachedTextAsync(client, url);
        }
    }

    [Fact]
    public async Task CachedPage_MatchingIfNoneMatch_AnswersNotModified()
    {
        var client = Reader();
        var first = await client.GetAsync(ContentUrls.Topics);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, ContentUrls.Topics);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, ContentUrls.Topics);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"khac\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PublicPages_AcceptEncoding_AreCompressedFreshAndFromCache(string encoding)
    {
        var client = Reader();
        foreach (var url in new[] { ContentUrls.Home, ContentUrls.SiteFeed, "/css/site.css" })
        {
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            }
        }
    }

    [Fact]
    public async Task CachedPage_StoredPerEncoding_EachReaderGetsOneItCanRead()
    {
        var client = Reader();
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ContentUrls.Topics);
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }
            return await client.SendAsync(request);
        }
        await SettleAsync();
        await GetAsync("br");
        var brotli = await GetAsync("br");
        Assert.NotNull(brotli.Headers.Age);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);

        // A reader whose browser takes no compression never gets the stored Brotli bytes, fresh or cached.
        for (var i = 0; i < 2; i++)
        {
            var plain = await GetAsync(null);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Contains("<html", await plain.Content.ReadAsStringAsync());
        }
        var gzip = await GetAsync("gzip");
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task VisitCounter_PagesServedFromCache_AreCounted()
    {
        var portalId = await factory.RootPortalIdAsync();
        var counter = factory.Services.GetRequiredService<VisitCounter>();
        async Task<long> TotalAsync() =>
            counter.Pending(portalId) + await factory.WithDbAsync(db => db.Portals.Where(p => p.Id == portalId).Select(p => p.VisitCount).SingleAsync());
        var client = Reader();
        await SettleAsync();
        await CachedTextAsync(client, ContentUrls.Topics);
        var before = await TotalAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull((await client.GetAsync(ContentUrls.Topics)).Headers.Age);
        }

        // A batch being written at this moment is briefly in neither place: wait for it.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await TotalAsync() < before + 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Equal(before + 3, await TotalAsync());
    }

    [Fact]
    public async Task HotPages_MoreArticles_SameNumberOfQueries()
    {
        var category = await factory.CreateCategoryAsync();
        var first = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-30));
        var urls = new[] { ContentUrls.Home, ContentUrls.Category(category.Slug), ContentUrls.Article(category.Slug, first.Slug) };
        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await QueriesForFreshRenderAsync(url));
        }

        for (var i = 0; i < 15; i++)
        {
            await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-20 + i));
        }

        for (var i = 0; i < urls.Length; i++)
        {
            var after = await QueriesForFreshRenderAsync(urls[i]);
            Assert.Equal(before[i], after);
            // The province's home page has one query per block; with the blocks of content carried from other
            // portals and of the units' news it reaches 14.
            Assert.InRange(after, 1, 14);
        }
    }

    private async Task<int> QueriesForFreshRenderAsync(string url)
    {
        var portalId = await factory.RootPortalIdAsync();
        var client = Reader();
        await client.GetAsync(url); // warms the schedule and portal knowledge
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Portal(portalId), default);
        var before = factory.Commands.Count;
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        return factory.Commands.Count - before;
    }

    /// <summary>
    /// Reads a page until an answer comes from the cache, and returns its text. A save made just before (by this
    /// or the previous test) is evicted a second time a moment later, so the first stored copy may be dropped once.
    /// </summary>
    private static async Task<string> CachedTextAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await client.GetAsync(url);
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsStringAsync();
            }
            await Task.Delay(1000);
        }
        Assert.Fail($"{url} is never served from the cache");
        return "";
    }

    /// <summary>Lets the delayed second eviction of the data just arranged pass before measuring the cache.</summary>
    private static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(1));

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class PublicCachingTests_Sqlite(SqliteFactory factory) : PublicCachingTests<SqliteFactory>(factory);

public sealed class PublicCachingTests_Postgres(PostgresFactory factory) : PublicCachingTests<PostgresFactory>(factory);
