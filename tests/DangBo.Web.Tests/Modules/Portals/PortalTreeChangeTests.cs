using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Organisation.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Portals;

/// <summary>When the map changes (a unit renamed, two units merged), every old portal address keeps leading to the content.</summary>
public abstract class PortalTreeChangeTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly UnitActor Actor = new(null, "Kiểm thử");

    [Fact]
    public async Task RenamedUnit_ItsPortalMovesToTheNewAddress_AndEveryOldAddressRedirectsPermanently()
    {
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Category)
            .FirstAsync(a => db.Portals.Any(p => p.Id == a.PortalId && p.Slug == "xa-hong-linh") && a.Status == ArticleStatus.Published));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Slug == "xa-hong-linh");
            await scope.ServiceProvider.GetRequiredService<UnitAdministration>().RenameAsync(unit,
                new RenameInput { Name = "Đảng bộ xã Hồng Lĩnh Mới", ShortName = "Đảng ủy xã Hồng Lĩnh Mới", Slug = "xa-hong-linh-moi" }, Actor);
        }

        using var reader = WebSession.Anonymous(factory);
        var oldAddress = $"/don-vi/xa-hong-linh/tin-tuc/{article.Category!.Slug}/{article.Slug}";
        var response = await reader.GetAsync(oldAddress + "?trang=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var moved = $"/don-vi/xa-hong-linh-moi/tin-tuc/{article.Category.Slug}/{article.Slug}?trang=1";
        Assert.Equal(moved, response.Headers.Location!.OriginalString);
        Assert.Contains(article.Title, (await reader.GetPageAsync(moved)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync("/don-vi/xa-hong-linh")).StatusCode);
    }

    [Fact]
    public async Task MergedUnits_TheSurvivorsPortalCarriesTheMergedContent_AndTheOldPortalAddressRedirectsThere()
    {
        var anPhuArticle = await factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Category)
            .FirstAsync(a => db.Portals.Any(p => p.Id == a.PortalId && p.Slug == "phuong-an-phu") && a.Status == ArticleStatus.Published));
        // Both have an article at the same slug: the survivor's keeps its address, the merged one's gets a new one.
        var shared = "trung-dia-chi-" + Guid.NewGuid().ToString("N")[..6];
        var minhSonNews = await factory.WithDbAsync(db => db.Categories.AsNoTracking().SingleAsync(c => c.Slug == "tin-tuc-su-kien" && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "xa-minh-son")));
        var anPhuNews = await factory.WithDbAsync(db => db.Categories.AsNoTracking().SingleAsync(c => c.Slug == "tin-hoat-dong" && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "phuong-an-phu")));
        var survivorsOwn = await factory.CreateArticleAsync(minhSonNews, DateTime.UtcNow.AddHours(-1), a => a.Slug = shared);
        var clashing = await factory.CreateArticleAsync(anPhuNews, DateTime.UtcNow.AddHours(-1), a => a.Slug = shared);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var survivor = await db.Units.Where(u => u.Slug == "xa-minh-son").Select(u => u.Id).SingleAsync();
            var merged = await db.Units.Where(u => u.Slug == "phuong-an-phu").Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<UnitMerger>().MergeAsync(survivor, [merged], null, Actor);
        }

        using var reader = WebSession.Anonymous(factory);
        var response = await reader.GetAsync($"/don-vi/phuong-an-phu/tin-tuc/{anPhuArticle.Category!.Slug}/{anPhuArticle.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/don-vi/xa-minh-son/tin-tuc/{anPhuArticle.Category.Slug}/{anPhuArticle.Slug}", response.Headers.Location!.OriginalString);
        var page = await reader.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains(anPhuArticle.Title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Minh Sơn", page.Title);
        var clashResponse = await reader.GetAsync($"/don-vi/phuong-an-phu/tin-tuc/tin-hoat-dong/{shared}");
        Assert.Equal(HttpStatusCode.MovedPermanently, clashResponse.StatusCode);
        Assert.NotEqual($"/don-vi/xa-minh-son/tin-tuc/tin-hoat-dong/{shared}", clashResponse.Headers.Location!.OriginalString);
        Assert.Contains(clashing.Title, (await reader.GetPageAsync(clashResponse.Headers.Location.OriginalString)).QuerySelector("h1")!.TextContent);
        Assert.Contains(survivorsOwn.Title, (await reader.GetPageAsync($"/don-vi/xa-minh-son/tin-tuc/tin-tuc-su-kien/{shared}")).QuerySelector("h1")!.TextContent);

        // The merged ward's portal is gone from the list of portals; its staff now work for the survivor.
        Assert.DoesNotContain("phường An Phú", (await reader.GetPageAsync("/don-vi")).QuerySelector(".portal-list")!.TextContent);
        using var editor = await WebSession.SignedInAsync(factory, "bbt.anphu");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/don-vi/xa-minh-son/quan-tri/tin-bai")).StatusCode);
    }
}

public sealed class PortalTreeChangeTests_Sqlite(SqliteFactory factory) : PortalTreeChangeTests<SqliteFactory>(factory);

public sealed class PortalTreeChangeTests_Postgres(PostgresFactory factory) : PortalTreeChangeTests<PostgresFactory>(factory);
