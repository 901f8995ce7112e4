using System.Globalization;
using System.Net;
using System.Xml.Linq;
using DangBo.Web.Modules.Media.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Feeds;

public abstract class RssFeedTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    private async Task<(HttpResponseMessage Response, string Text, XDocument Xml)> GetFeedAsync(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        // XDocument.Parse throws on anything that is not well-formed XML.
        return (response, text, XDocument.Parse(text));
    }

    private static XElement? ItemFor(XDocument feed, string slug) =>
        feed.Descendants("item").SingleOrDefault(i => i.Element("link")!.Value.EndsWith("/" + slug, StringComparison.Ordinal));

    [Fact]
    public async Task SiteFeed_NewlyPublishedArticle_IsAnRss2ItemWithAbsoluteLinkLeadBylineAndGmtDate()
    {
        var now = FeedArticles.Now();
        var article = await FeedArticles.CreateAsync(factory, "kinh-te", a =>
        {
            a.Author = "Nguyễn Văn An";
            a.PenName = "Minh Sơn";
            a.Publish(now);
        });

        var (response, _, feed) = await GetFeedAsync("/rss.xml");

        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("2.0", feed.Root!.Attribute("version")!.Value);
        var channel = feed.Root.Element("channel")!;
        Assert.Equal("Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà", channel.Element("title")!.Value);
        Assert.Equal("http://localhost/", channel.Element("link")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        Assert.Equal("vi-VN", channel.Element("language")!.Value);
        Assert.Equal("15", channel.Element("ttl")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal("http://localhost/rss.xml", self.Attribute("href")!.Value);
        var lastBuild = DateTime.ParseExact(channel.Element("lastBuildDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.True(lastBuild >= now);

        var item = ItemFor(feed, article.Slug);
        Assert.NotNull(item);
        var url = $"http://localhost/tin-tuc/kinh-te/{article.Slug}";
        Assert.Equal(article.Title, item.Element("title")!.Value);
        Assert.Equal(url, item.Element("link")!.Value);
        Assert.Equal(url, item.Element("guid")!.Value);
        Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal(article.Lead, item.Element("description")!.Value);
        Assert.Equal("Kinh tế", item.Element("category")!.Value);
        Assert.Equal("Minh Sơn", item.Element(Dc + "creator")!.Value);
        Assert.Null(item.Element("author"));
    }

    [Fact]
    public async Task SiteFeed_PubDate_IsRfc1123InGmt()
    {
        var publishedAt = FeedArticles.Now().AddMinutes(-3);
        var article = await FeedArticles.CreateAsync(factory, "thoi-su", a => a.Publish(publishedAt.AddMinutes(3), publishedAt));

        var (_, _, feed) = await GetFeedAsync("/rss.xml");

        var pubDate = ItemFor(feed, article.Slug)!.Element("pubDate")!.Value;
        Assert.Equal(publishedAt.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture), pubDate);
        Assert.Equal(publishedAt, DateTime.ParseExact(pubDate, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
    }

    [Fact]
    public async Task Feeds_DraftUnpublishedOrScheduledArticles_NeverAppear()
    {
        var now = FeedArticles.Now();
        var published = await FeedArticles.CreateAsync(factory, "xay-dung-dang", a => a.Publish(now));
        // Each of these was published once, so a feed that ignored the status would list it first.
        var draft = await FeedArticles.CreateAsync(factory, "xay-dung-dang", a =>
        {
            a.Publish(now);
            a.ReturnToDraft();
        });
        var unpublished = await FeedArticles.CreateAsync(factory, "xay-dung-dang", a =>
        {
            a.Publish(now);
            a.Unpublish();
        });
        var scheduled = await FeedArticles.CreateAsync(factory, "xay-dung-dang", a => a.Publish(now, now.AddDays(1)));

        foreach (var path in new[] { "/rss.xml", "/tin-tuc/xay-dung-dang/rss.xml" })
        {
            var (_, text, feed) = await GetFeedAsync(path);
            Assert.NotNull(ItemFor(feed, published.Slug));
            Assert.DoesNotContain(draft.Slug, text);
            Assert.DoesNotContain(unpublished.Slug, text);
            Assert.DoesNotContain(scheduled.Slug, text);
        }
    }

    [Fact]
    public async Task CategoryFeed_ListsOnlyArticlesOfThatCategory()
    {
        var now = FeedArticles.Now();
        var inCategory = await FeedArticles.CreateAsync(factory, "quoc-phong-an-ninh", a => a.Publish(now));
        var elsewhere = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", a => a.Publish(now));

        var (_, text, feed) = await GetFeedAsync("/tin-tuc/quoc-phong-an-ninh/rss.xml");

        var channel = feed.Root!.Element("channel")!;
        Assert.Equal("Quốc phòng - An ninh - Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà", channel.Element("title")!.Value);
        Assert.Equal("http://localhost/tin-tuc/quoc-phong-an-ninh", channel.Element("link")!.Value);
        Assert.Equal("http://localhost/tin-tuc/quoc-phong-an-ninh/rss.xml", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.NotNull(ItemFor(feed, inCategory.Slug));
        Assert.DoesNotContain(elsewhere.Slug, text);
        Assert.All(feed.Descendants("item"), item =>
        {
            Assert.StartsWith("http://localhost/tin-tuc/quoc-phong-an-ninh/", item.Element("link")!.Value, StringComparison.Ordinal);
            Assert.Equal("Quốc phòng - An ninh", item.Element("category")!.Value);
        });
    }

    [Fact]
    public async Task CategoryFeed_UnknownCategory_Returns404()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/tin-tuc/khong-co-chuyen-muc-nay/rss.xml");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CategoryFeed_MoreThan30Articles_ListsTheLatest30NewestFirst()
    {
        var categorySlug = await FeedArticles.CreateCategoryAsync(factory, "Chuyên mục thử nghiệm RSS");
        var now = FeedArticles.Now();
        var slugsNewestFirst = new List<string>();
        for (var i = 0; i < 32; i++)
        {
            var minutesAgo = i;
            var article = await FeedArticles.CreateAsync(factory, categorySlug, a => a.Publish(now, now.AddMinutes(-minutesAgo)));
            slugsNewestFirst.Add(article.Slug);
        }

        var (_, _, feed) = await GetFeedAsync($"/tin-tuc/{categorySlug}/rss.xml");

        var links = feed.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Equal(slugsNewestFirst.Take(30).Select(s => $"http://localhost/tin-tuc/{categorySlug}/{s}"), links);
    }

    [Fact]
    public async Task Feeds_NeverShowTheAccountThatWroteTheArticle()
    {
        var account = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "bientap"));
        var now = FeedArticles.Now();
        var anonymous = await FeedArticles.CreateAsync(factory, "thoi-su", a =>
        {
            a.CreatedByUserId = account.Id;
            a.UpdatedByUserId = account.Id;
            a.Publish(now);
        });
        var signed = await FeedArticles.CreateAsync(factory, "thoi-su", a =>
        {
            a.CreatedByUserId = account.Id;
            a.Author = "Trần Thị Hoa";
            a.Publish(now);
        });

        foreach (var path in new[] { "/rss.xml", "/tin-tuc/thoi-su/rss.xml" })
        {
            var (_, text, feed) = await GetFeedAsync(path);
            Assert.Null(ItemFor(feed, anonymous.Slug)!.Element(Dc + "creator"));
            Assert.Equal("Trần Thị Hoa", ItemFor(feed, signed.Slug)!.Element(Dc + "creator")!.Value);
            Assert.DoesNotContain(account.Id, text);
            Assert.DoesNotContain(account.Email!, text);
            Assert.DoesNotContain(account.FullName, text);
        }
    }

    [Fact]
    public async Task SiteFeed_CoverImage_StoredFileHasEnclosureAndOtherAddressesOnlyMediaContent()
    {
        var storagePath = $"2026/11/{Guid.NewGuid():N}.jpg";
        await factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.IsRoot);
            db.MediaFiles.Add(new MediaFile
            {
                PortalId = portal.Id, StoragePath = storagePath, ContentType = "image/jpeg", SizeBytes = 48213, Width = 800, Height = 450,
                UploadedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        var now = FeedArticles.Now();
        var stored = await FeedArticles.CreateAsync(factory, "kinh-te", a =>
        {
            a.CoverImagePath = "/media/" + storagePath;
            a.CoverImageCaption = "Quang cảnh hội nghị";
            a.Publish(now);
        });
        var external = await FeedArticles.CreateAsync(factory, "kinh-te", a =>
        {
            a.CoverImagePath = "https://dangcongsan.vn/anh/hoi-nghi.jpg";
            a.Publish(now);
        });
        var without = await FeedArticles.CreateAsync(factory, "kinh-te", a => a.Publish(now));

        var (_, _, feed) = await GetFeedAsync("/rss.xml");

        var storedItem = ItemFor(feed, stored.Slug)!;
        var enclosure = storedItem.Element("enclosure")!;
        Assert.Equal("http://localhost/media/" + storagePath, enclosure.Attribute("url")!.Value);
        Assert.Equal("48213", enclosure.Attribute("length")!.Value);
        Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
        var media = storedItem.Element(Media + "content")!;
        Assert.Equal("http://localhost/media/" + storagePath, media.Attribute("url")!.Value);
        Assert.Equal("800", media.Attribute("width")!.Value);
        Assert.Equal("Quang cảnh hội nghị", media.Element(Media + "description")!.Value);

        var externalItem = ItemFor(feed, external.Slug)!;
        Assert.Null(externalItem.Element("enclosure"));
        Assert.Equal("https://dangcongsan.vn/anh/hoi-nghi.jpg", externalItem.Element(Media + "content")!.Attribute("url")!.Value);

        var plainItem = ItemFor(feed, without.Slug)!;
        Assert.Null(plainItem.Element("enclosure"));
        Assert.Null(plainItem.Element(Media + "content"));
    }

    [Fact]
    public async Task SiteFeed_ControlCharacterInTitle_FeedStaysWellFormed()
    {
        var article = await FeedArticles.CreateAsync(factory, "thoi-su", a =>
        {
            a.Title = "Tiêu đề có ký tự lạ\u0001 dán từ Word";
            a.Lead = "";
            a.BodyHtml = "<p>Nội dung <strong>chính</strong> của tin.</p><p>Đoạn hai.</p>";
            a.Publish(FeedArticles.Now());
        });

        var (_, _, feed) = await GetFeedAsync("/rss.xml");

        var item = ItemFor(feed, article.Slug)!;
        Assert.Equal("Tiêu đề có ký tự lạ dán từ Word", item.Element("title")!.Value);
        // Without a lead the feed describes the article by the start of its text.
        Assert.Equal("Nội dung chính của tin. Đoạn hai.", item.Element("description")!.Value);
    }
}

public sealed class RssFeedTests_Sqlite(SqliteFactory factory) : RssFeedTests<SqliteFactory>(factory);

public sealed class RssFeedTests_Postgres(PostgresFactory factory) : RssFeedTests<PostgresFactory>(factory);
