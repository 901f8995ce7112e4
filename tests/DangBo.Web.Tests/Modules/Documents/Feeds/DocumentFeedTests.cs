using System.Net;
using System.Xml.Linq;
using DangBo.Web.Modules.Documents;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using static DangBo.Web.Tests.Modules.Documents.DocumentTestData;

namespace DangBo.Web.Tests.Modules.Documents.Feeds;

/// <summary>The RSS of the documents library: public documents only, newest issued first, refreshed when documents change.</summary>
public abstract class DocumentFeedTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static async Task<List<XElement>> ItemsAsync(HttpClient client)
    {
        using var response = await client.GetAsync(DocumentsUrls.Feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("item").ToList();
    }

    [Fact]
    public async Task Feed_PublicDocumentsNewestIssuedFirst_InternalOnesNeverEvenForMembers()
    {
        var older = await factory.CreateDocumentAsync(Unique("Về kế hoạch năm"), issued: new DateOnly(2099, 1, 10));
        var newer = await factory.CreateDocumentAsync(Unique("Về chương trình hành động"), typeKey: "chi-thi", issued: new DateOnly(2099, 2, 10));
        var members = await factory.CreateDocumentAsync(Unique("Về nhân sự nội bộ"), DocumentVisibility.AllMembers, issued: new DateOnly(2099, 3, 10));
        var units = await factory.CreateDocumentAsync(Unique("Về kiểm tra nội bộ"), DocumentVisibility.Units, ["xa-minh-son"], issued: new DateOnly(2099, 3, 11));
        using var member = await WebSession.SignedInAsync(factory, "dangvien.donghung");

        var items = await ItemsAsync(factory.CreateClient());
        var memberFeed = await (await member.GetAsync(DocumentsUrls.Feed)).Content.ReadAsStringAsync();

        var titles = items.Select(i => i.Element("title")!.Value).ToList();
        var newerAt = titles.IndexOf($"Chỉ thị số {newer.Code}");
        var olderAt = titles.IndexOf($"Nghị quyết số {older.Code}");
        Assert.True(newerAt >= 0 && olderAt > newerAt, string.Join(" | ", titles));
        Assert.StartsWith(newer.Summary, items[newerAt].Element("description")!.Value, StringComparison.Ordinal);
        Assert.EndsWith(DocumentsUrls.Document(newer.Id, newer.Slug), items[newerAt].Element("link")!.Value);
        Assert.Equal("Chỉ thị", items[newerAt].Element("category")!.Value);
        foreach (var hidden in new[] { members, units })
        {
            Assert.DoesNotContain(items, i => i.Element("title")!.Value.Contains(hidden.Code, StringComparison.Ordinal));
            Assert.DoesNotContain(hidden.Summary, memberFeed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feed_Cached_ShowsANewDocumentAtOnce()
    {
        using var client = factory.CreateClient();
        await ItemsAsync(client);
        var added = await factory.CreateDocumentAsync(Unique("Về văn bản vừa đăng ký"), issued: new DateOnly(2100, 1, 1));

        var items = await ItemsAsync(client);

        Assert.Equal($"Nghị quyết số {added.Code}", items[0].Element("title")!.Value);
    }

    [Fact]
    public async Task Library_Head_AdvertisesTheDocumentsFeed()
    {
        var page = await WebSession.Anonymous(factory).GetPageAsync(DocumentsUrls.Library);

        var links = page.QuerySelectorAll("link[rel='alternate'][type='application/rss+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains(DocumentsUrls.Feed, links);
        Assert.NotNull(page.QuerySelector($"main a[href='{DocumentsUrls.Feed}']"));
    }
}

public sealed class DocumentFeedTests_Sqlite(SqliteFactory f) : DocumentFeedTests<SqliteFactory>(f);

public sealed class DocumentFeedTests_Postgres(PostgresFactory f) : DocumentFeedTests<PostgresFactory>(f);
