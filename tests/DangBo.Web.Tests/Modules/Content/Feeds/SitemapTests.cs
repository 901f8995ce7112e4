using System.Globalization;
using System.Net;
using System.Xml.Linq;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Feeds;

public abstract class SitemapTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<XDocument> GetXmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string?> Urls(XDocument urlset)
    {
        Assert.Equal(Sm + "urlset", urlset.Root!.Name);
        return urlset.Root.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);
    }

    [Fact]
    public async Task Sitemap_NewlyPublishedArticle_IsListedWithItsLastModification()
    {
        var now = FeedArticles.Now();
        var edited = await FeedArticles.CreateAsync(factory, "kinh-te", a =>
        {
            a.Publish(now, now.AddHours(-2));
            a.UpdatedAt = now.AddMinutes(-30);
        });
        // Created long before, published now: publication is its last change.
        var publishedLater = await FeedArticles.CreateAsync(factory, "thoi-su", a =>
        {
            a.UpdatedAt = now.AddDays(-3);
            a.Publish(now);
        });

        using var client = factory.CreateClient();
        var urls = Urls(await GetXmlAsync(client, "/sitemap.xml"));

        var editedLastmod = urls[$"http://localhost/tin-tuc/kinh-te/{edited.Slug}"];
        Assert.Equal(now.AddMinutes(-30), DateTimeOffset.Parse(editedLastmod!, CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$", editedLastmod);
        var laterLastmod = urls[$"http://localhost/tin-tuc/thoi-su/{publishedLater.Slug}"];
        Assert.Equal(now, DateTimeOffset.Parse(laterLastmod!, CultureInfo.InvariantCulture).UtcDateTime);
    }

    [Fact]
    public async Task Sitemap_ListsHomeIntroductionOrganisationCategoriesAndTopics()
    {
        var (topicSlug, hiddenPageSlug) = await factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.IsRoot);
            var hidden = new StaticPage
            {
                PortalId = portal.Id, Title = "Trang chưa công bố", Slug = FeedArticles.UniqueSlug("trang"), BodyHtml = "<p>Nháp</p>",
                IsPublished = false, UpdatedAt = DateTime.UtcNow,
            };
            db.StaticPages.Add(hidden);
            await db.SaveChangesAsync();
            return (await db.Topics.Where(t => t.PortalId == portal.Id).Select(t => t.Slug).FirstAsync(), hidden.Slug);
        });

        using var client = factory.CreateClient();
        var urls = Urls(await GetXmlAsync(client, "/sitemap.xml"));

        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/gioi-thieu/lich-su", urls.Keys);
        Assert.Contains("http://localhost/gioi-thieu/dia-ly-tiem-nang", urls.Keys);
        Assert.Contains("http://localhost/gioi-thieu/co-cau-to-chuc", urls.Keys);
        Assert.Contains("http://localhost/tin-tuc/xay-dung-dang", urls.Keys);
        Assert.Contains("http://localhost/tin-tuc/hoc-tap-va-lam-theo-bac", urls.Keys);
        Assert.Contains($"http://localhost/chuyen-de/{topicSlug}", urls.Keys);
        Assert.DoesNotContain($"http://localhost/gioi-thieu/{hiddenPageSlug}", urls.Keys);
        Assert.NotNull(urls["http://localhost/gioi-thieu/lich-su"]);
    }

    [Fact]
    public async Task Sitemap_DraftUnpublishedOrScheduledArticles_NeverAppear()
    {
        var now = FeedArticles.Now();
        var published = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", a => a.Publish(now));
        var neverPublished = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", _ => { });
        var returned = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", a =>
        {
            a.Publish(now);
            a.ReturnToDraft();
        });
        var unpublished = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", a =>
        {
            a.Publish(now);
            a.Unpublish();
        });
        var scheduled = await FeedArticles.CreateAsync(factory, "van-hoa-xa-hoi", a => a.Publish(now, now.AddHours(5)));

        using var client = factory.CreateClient();
        var text = await client.GetStringAsync("/sitemap.xml");

        Assert.Contains($"/tin-tuc/van-hoa-xa-hoi/{published.Slug}<", text);
        Assert.DoesNotContain(neverPublished.Slug, text);
        Assert.DoesNotContain(returned.Slug, text);
        Assert.DoesNotContain(unpublished.Slug, text);
        Assert.DoesNotContain(scheduled.Slug, text);
    }

    [Fact]
    public async Task Sitemap_MoreAddressesThanPageSize_BecomesAnIndexOfNumberedSitemaps()
    {
        const int pageSize = 5;
        var now = FeedArticles.Now();
        var article = await FeedArticles.CreateAsync(factory, "bao-ve-nen-tang-tu-tuong", a => a.Publish(now));
        var unpublished = await FeedArticles.CreateAsync(factory, "bao-ve-nen-tang-tu-tuong", a =>
        {
            a.Publish(now);
            a.Unpublish();
        });
        using var unpaged = factory.CreateClient();
        var everything = Urls(await GetXmlAsync(unpaged, "/sitemap.xml"));
        Assert.True(everything.Count > pageSize);

        await using var small = factory.WithWebHostBuilder(b => b.UseSetting("Sitemap:PageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        using var client = small.CreateClient();
        var index = await GetXmlAsync(client, "/sitemap.xml");

        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var children = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        var expectedCount = (everything.Count + pageSize - 1) / pageSize;
        Assert.Equal(Enumerable.Range(1, expectedCount).Select(n => $"http://localhost/sitemap-{n}.xml"), children);

        var pages = new List<Dictionary<string, string?>>();
        foreach (var child in children)
        {
            pages.Add(Urls(await GetXmlAsync(client, new Uri(child).AbsolutePath)));
        }
        Assert.All(pages.SkipLast(1), p => Assert.Equal(pageSize, p.Count));
        Assert.InRange(pages[^1].Count, 1, pageSize);
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(everything.OrderBy(u => u.Key), all.OrderBy(u => u.Key));
        Assert.Single(all, u => u.Key.EndsWith("/" + article.Slug, StringComparison.Ordinal));
        Assert.DoesNotContain(all, u => u.Key.Contains(unpublished.Slug, StringComparison.Ordinal));

        var beyond = await client.GetAsync($"/sitemap-{expectedCount + 1}.xml");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task RobotsTxt_AllowsThePublicSiteAndPointsToTheSitemap()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["User-agent: *", "Allow: /", "Disallow: /quan-tri", "Disallow: /dang-nhap", "Sitemap: http://localhost/sitemap.xml"], lines);
    }
}

public sealed class SitemapTests_Sqlite(SqliteFactory factory) : SitemapTests<SqliteFactory>(factory);

public sealed class SitemapTests_Postgres(PostgresFactory factory) : SitemapTests<PostgresFactory>(factory);
