using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Portals;

/// <summary>Sub-portals of subordinate units: served under /don-vi/&lt;slug&gt;/ or their own host name, each with its own content.</summary>
public abstract class SubPortalTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string MinhSon = "/don-vi/xa-minh-son";

    [Fact]
    public async Task SubPortalHome_ShowsItsOwnNameMenuAndArticles_WithLinksInsideThePortal()
    {
        using var reader = WebSession.Anonymous(factory);
        var page = await reader.GetPageAsync(MinhSon + "/");

        Assert.Contains("Trang thông tin điện tử Đảng bộ xã Minh Sơn", page.Title);
        Assert.Contains("Đảng bộ xã Minh Sơn sơ kết 6 tháng thực hiện nghị quyết đại hội", page.Body!.TextContent);
        // The province's own news is not the commune's (unless the province pushed it down).
        var provinceTitle = await factory.WithDbAsync(db => db.Articles.Where(a => db.Portals.Any(p => p.Id == a.PortalId && p.IsRoot) && a.Status == ArticleStatus.Published)
            .Where(a => !db.ArticleShares.Any(s => s.ArticleId == a.Id))
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).FirstAsync());
        Assert.DoesNotContain(provinceTitle, page.Body.TextContent);

        var menuLinks = page.QuerySelectorAll("nav a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(MinhSon + "/tin-tuc/nong-thon-moi", menuLinks);
        var articleLinks = page.QuerySelectorAll("main a[href*='/tin-tuc/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(articleLinks);
        Assert.All(articleLinks, href => Assert.StartsWith(MinhSon + "/", href));
        // Shared assets keep one address for every portal.
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith("/css/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubPortalArticle_IsServedInsideItsPortal_AndNotOnTheProvincePortal()
    {
        // One the province does not carry (the demo's road article is carried there).
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => db.Portals.Any(p => p.Id == a.PortalId && p.Slug == "xa-minh-son") && a.Category!.Slug == "nong-thon-moi")
            .Where(a => !db.ArticleShares.Any(s => s.ArticleId == a.Id)).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync());
        using var reader = WebSession.Anonymous(factory);

        var page = await reader.GetPageAsync($"{MinhSon}/tin-tuc/nong-thon-moi/{slug}");
        Assert.Contains("Minh Sơn", page.QuerySelector("h1")!.TextContent + page.Title);
        Assert.Equal($"http://localhost{MinhSon}/tin-tuc/nong-thon-moi/{slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/nong-thon-moi/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/don-vi/phuong-an-phu/tin-tuc/nong-thon-moi/{slug}")).StatusCode);
    }

    [Fact]
    public async Task PortalAddress_WithoutTrailingSlashOrWithOtherCase_LeadsToThePortal()
    {
        using var reader = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(MinhSon)).StatusCode);

        var response = await reader.GetAsync("/don-vi/Xa-Minh-Son/tin-tuc/nong-thon-moi?trang=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(MinhSon + "/tin-tuc/nong-thon-moi?trang=1", response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/don-vi/khong-co-don-vi-nay/")).StatusCode);
    }

    [Fact]
    public async Task SubPortal_WithAHostName_IsServedOnThatHost()
    {
        await factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.Slug == "xa-hong-linh");
            portal.HostName = "honglinh.sonha.test";
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://honglinh.sonha.test") });

        var html = await client.GetStringAsync("/");
        var page = await WebSession.ParseAsync(html, "http://honglinh.sonha.test/");
        Assert.Contains("Trang thông tin điện tử Đảng bộ xã Hồng Lĩnh", page.Title);
        Assert.Contains("Hồng Lĩnh thu hoạch 120 ha lúa chất lượng cao", page.Body!.TextContent);
        // On its own host the portal's links need no prefix.
        Assert.Contains(page.QuerySelectorAll("nav a[href]"), a => a.GetAttribute("href") == "/tin-tuc/kinh-te-nong-nghiep");

        // The main host still serves the province.
        using var reader = WebSession.Anonymous(factory);
        Assert.Contains("Đảng bộ tỉnh Sơn Hà", (await reader.GetPageAsync("/")).Title);
    }

    [Fact]
    public async Task SearchSuggestions_InsideASubPortal_AreItsOwnArticles_WithAddressesInsideIt()
    {
        using var reader = WebSession.Anonymous(factory);
        var page = await reader.GetPageAsync(MinhSon + "/");
        Assert.Equal(MinhSon + "/api/v1/search/suggest", page.QuerySelector("input[data-suggest]")!.GetAttribute("data-suggest"));

        var json = await reader.Client.GetStringAsync(MinhSon + "/api/v1/search/suggest?q=minh+son+khanh+thanh");
        using var suggestions = System.Text.Json.JsonDocument.Parse(json);
        var item = Assert.Single(suggestions.RootElement.EnumerateArray());
        Assert.Equal("Minh Sơn khánh thành tuyến đường liên thôn Đông Hưng - Tây Hưng", item.GetProperty("title").GetString());
        Assert.StartsWith(MinhSon + "/tin-tuc/nong-thon-moi/", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task SignIn_UnderASubPortal_ReturnsToThatPortal_AndTheCookieCoversTheWholeSite()
    {
        using var session = WebSession.Anonymous(factory);
        var response = await session.SignInAsync("dangvien.donghung", DangBo.Web.Modules.Demo.DemoSeeder.DemoPassword, MinhSon + "/tin-tuc/xay-dung-dang");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MinhSon + "/tin-tuc/xay-dung-dang", response.Headers.Location!.OriginalString);
        Assert.True(session.IsSignedIn);
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("dangbo.auth", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("path=/;", c + ";", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SubPortalTests_Sqlite(SqliteFactory factory) : SubPortalTests<SqliteFactory>(factory);

public sealed class SubPortalTests_Postgres(PostgresFactory factory) : SubPortalTests<PostgresFactory>(factory);
