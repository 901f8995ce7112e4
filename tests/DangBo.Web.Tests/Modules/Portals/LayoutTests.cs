using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Portals;

public abstract partial class LayoutTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Layout_Head_AdvertisesSiteFeedAndCanonicalUrl()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/lich-su");

        var feed = page.Head!.QuerySelector("link[rel='alternate'][type='application/rss+xml']");
        Assert.Equal("/rss.xml", feed?.GetAttribute("href"));
        Assert.EndsWith("/gioi-thieu/lich-su", page.Head.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Layout_Header_ShowsPortalNameTodayAndMenuWithChildren()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Contains("Đảng bộ tỉnh Sơn Hà", page.QuerySelector(".brand")!.TextContent);
        Assert.Matches(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d\d/\d\d/\d{4}$", page.QuerySelector(".today")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#noi-dung']"));
        Assert.NotNull(page.QuerySelector("main#noi-dung"));
        var introduction = page.QuerySelectorAll("#menu-chinh .menu > li").Single(li => li.QuerySelector("a")!.TextContent == "Giới thiệu");
        Assert.NotNull(introduction.QuerySelector(".submenu a[href='/gioi-thieu/co-cau-to-chuc']"));
        Assert.NotNull(page.QuerySelector("#menu-chinh a[href='/tin-tuc/xay-dung-dang']"));
    }

    [Fact]
    public async Task Layout_Footer_ShowsResponsibleUnitContactsAndLinks()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/");

        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.Contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Hà", footer.TextContent);
        Assert.Contains("Hoàng Minh Tuấn", footer.TextContent);
        Assert.Contains("bbt@sonha.dcs.vn", footer.TextContent);
        Assert.Contains("Giấy phép số 68/GP-TTĐT", footer.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='/so-do-trang']"));
        Assert.NotNull(footer.QuerySelector("a[href='/rss']"));
        Assert.NotNull(footer.QuerySelector("a[href='/gioi-thieu']"));
    }

    [Fact]
    public async Task Layout_VisitCounter_IncreasesAfterViews()
    {
        var portalId = await factory.RootPortalIdAsync();
        // Pages come from the output cache and show the count as it was when they were rendered: the test drops the
        // cached pages to see a fresh count.
        var cache = factory.Services.GetRequiredService<IOutputCacheStore>();
        await cache.EvictByTagAsync(CacheTags.Portal(portalId), default);
        using var client = factory.CreateClient();
        var before = VisitCount(await client.GetDocumentAsync("/so-do-trang"));

        // 1,500 views elsewhere (counted the way every page view is), then three through pages, one from the cache.
        var counter = factory.Services.GetRequiredService<VisitCounter>();
        for (var i = 0; i < 1_500; i++)
        {
            counter.Record(portalId);
        }
        await client.GetDocumentAsync("/gioi-thieu");
        await client.GetDocumentAsync("/chuyen-de");
        await client.GetDocumentAsync("/chuyen-de"); // served from the cache, and counted all the same
        await cache.EvictByTagAsync(CacheTags.Portal(portalId), default);
        var page = await client.GetDocumentAsync("/so-do-trang");

        // The first page was counted after it was rendered, then 1,503 more views; shown with Vietnamese digit grouping.
        Assert.Matches(@"^Lượt truy cập: \d{1,3}(\.\d{3})+$", page.QuerySelector(".visit-counter")!.TextContent.Trim());
        var after = VisitCount(page);
        Assert.True(after >= before + 1_504, $"counter went from {before} to {after}");
    }

    [Fact]
    public async Task UnknownAddress_ShowsVietnameseNotFoundPageWith404()
    {
        using var client = factory.CreateClient();

        var (response, page) = await client.GetPageAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".error-page a[href='/']"));
        Assert.NotNull(page.QuerySelector(".error-page a[href='/so-do-trang']"));
    }

    [Fact]
    public async Task ErrorPage_ForUnhandledErrors_IsVietnameseWith500AndNoDetails()
    {
        using var client = factory.CreateClient();

        var (response, page) = await client.GetPageAsync("/loi");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Hệ thống đang gặp sự cố", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Body!.TextContent);
    }

    [Fact]
    public async Task HtmlSitemap_LinksIntroductionCategoriesTopicsAndFeeds()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/so-do-trang");

        var tree = page.QuerySelector(".sitemap-tree")!;
        foreach (var href in new[] { "/", "/gioi-thieu/lich-su", "/gioi-thieu/co-cau-to-chuc", "/tin-tuc/hoc-tap-va-lam-theo-bac",
                     "/chuyen-de/sap-xep-to-chuc-bo-may", "/rss", "/sitemap.xml" })
        {
            Assert.True(tree.QuerySelector($"a[href='{href}']") is not null, $"site map has no link to {href}");
        }
    }

    [Fact]
    public async Task FeedList_ListsSiteFeedAndOneFeedPerCategory()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/rss");

        Assert.NotNull(page.QuerySelector(".feed-table a[href='/rss.xml']"));
        Assert.NotNull(page.QuerySelector(".feed-table a[href='/tin-tuc/kinh-te/rss.xml']"));
    }

    private static long VisitCount(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var text = page.QuerySelector(".visit-counter")!.TextContent;
        var match = CounterPattern().Match(text);
        Assert.True(match.Success, $"no visit counter in '{text}'");
        return long.Parse(match.Groups[1].Value.Replace(".", ""), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Lượt truy cập:\s*([\d.]+)")]
    private static partial Regex CounterPattern();
}

public sealed class LayoutTests_Sqlite(SqliteFactory factory) : LayoutTests<SqliteFactory>(factory);

public sealed class LayoutTests_Postgres(PostgresFactory factory) : LayoutTests<PostgresFactory>(factory);
