using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using AngleSharp.Dom;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Organisation.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using DangBo.Web.Tests.Modules.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Search;

/// <summary>
/// Search follows content across portals: what a portal carries for another (an accepted proposal, a push from above,
/// a pushed document) is found there under the carrying portal's own address, for as long as it is carried; and the
/// index follows the map when units merge or are renamed.
/// </summary>
public abstract class SearchAcrossPortalsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string ProvinceName = "Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà";
    private const string MinhSonName = "Trang thông tin điện tử Đảng bộ xã Minh Sơn";
    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity());
    private static readonly UnitActor Actor = new(null, "Kiểm thử");

    private static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private async Task<Article> PublishedInAsync(string portalSlug, string categorySlug, string marker)
    {
        var category = await factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == categorySlug && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == portalSlug)));
        return await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5), a => a.Title = $"Mô hình dân vận khéo {marker}");
    }

    private async Task<T> WithServicesAsync<T>(Func<IServiceProvider, PortalSet, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var portals = await scope.ServiceProvider.GetRequiredService<PortalDirectory>().GetAsync();
        return await action(scope.ServiceProvider, portals);
    }

    private static async Task<IReadOnlyList<IElement>> ResultsAsync(WebSession session, string portalPrefix, string query, string filters = "")
    {
        var page = await session.GetPageAsync($"{portalPrefix}/tim-kiem?q={Uri.EscapeDataString(query)}{filters}");
        return [.. page.QuerySelectorAll(".search-item")];
    }

    private static async Task<JsonElement> ApiAsync(WebSession session, string portalPrefix, string query) =>
        await session.Client.GetFromJsonAsync<JsonElement>($"{portalPrefix}/api/v1/search?q={Uri.EscapeDataString(query)}");

    private static async Task<List<(string Title, string Url)>> SuggestionsAsync(WebSession session, string portalPrefix, string query)
    {
        var json = await session.Client.GetFromJsonAsync<JsonElement>($"{portalPrefix}/api/v1/search/suggest?q={Uri.EscapeDataString(query)}");
        return [.. json.EnumerateArray().Select(s => (s.GetProperty("title").GetString()!, s.GetProperty("url").GetString()!))];
    }

    [Fact]
    public async Task ResultsPage_ArticleAcceptedFromACommune_IsFoundOnTheProvinceWithItsOrigin_UntilTakenDown()
    {
        var marker = Marker("dvk");
        var article = await PublishedInAsync("xa-minh-son", "tin-tuc-su-kien", marker);
        var address = $"/tin-tuc/tin-tuc-su-kien/{article.Slug}";
        using var reader = WebSession.Anonymous(factory);
        var own = Assert.Single(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker));
        Assert.Null(own.QuerySelector(".search-origin"));

        // Proposed, then declined: never the province's to find.
        var shareId = await WithServicesAsync(async (s, portals) =>
            (await s.GetRequiredService<ArticleSharing>().ProposeAsync(portals.BySlug("xa-minh-son")!, article.Id, null, Staff, default)).Id);
        Assert.Empty(await ResultsAsync(reader, "", marker));
        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().DeclineAsync(portals.Root!, shareId, "Chưa phù hợp.", Staff, default);
            return 0;
        });
        Assert.Empty(await ResultsAsync(reader, "", marker));
        Assert.Equal(0, (await ApiAsync(reader, "", marker)).GetProperty("total").GetInt32());

        // Proposed again and accepted: found on the province, at the address it is read at there, marked with its origin.
        await WithServicesAsync(async (s, portals) =>
        {
            var sharing = s.GetRequiredService<ArticleSharing>();
            await sharing.ProposeAsync(portals.BySlug("xa-minh-son")!, article.Id, null, Staff, default);
            await sharing.AcceptAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        var item = Assert.Single(await ResultsAsync(reader, "", marker));
        var link = item.QuerySelector("h3 a")!;
        Assert.Equal(address, link.GetAttribute("href"));
        Assert.Equal($"Tin từ {MinhSonName}", item.QuerySelector(".search-origin")!.TextContent.Trim());
        Assert.Contains(article.Title, (await reader.GetPageAsync(address)).QuerySelector("h1")!.TextContent);
        var api = await ApiAsync(reader, "", marker);
        Assert.Equal(1, api.GetProperty("total").GetInt32());
        var apiItem = api.GetProperty("items")[0];
        Assert.Equal("http://localhost" + address, apiItem.GetProperty("url").GetString());
        Assert.Equal(MinhSonName, apiItem.GetProperty("origin").GetString());
        Assert.Contains((article.Title, address), await SuggestionsAsync(reader, "", $"mo hinh dan van kheo {marker}"));
        // The commune still finds its own article there, unmarked.
        Assert.Null(Assert.Single(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker)).QuerySelector(".search-origin"));

        // Taken down by the province: gone from its results, API and suggestions at once.
        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().WithdrawAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        Assert.Empty(await ResultsAsync(reader, "", marker));
        Assert.Equal(0, (await ApiAsync(reader, "", marker)).GetProperty("total").GetInt32());
        Assert.Empty(await SuggestionsAsync(reader, "", $"mo hinh dan van kheo {marker}"));
    }

    [Fact]
    public async Task ResultsPage_ArticlePushedDown_IsFoundInTheChosenCommuneUnderItsAddress_UntilWithdrawnOrUnpublished()
    {
        var marker = Marker("day");
        var category = await factory.CreateCategoryAsync();
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5), a => a.Title = $"Chiến dịch tuyên truyền {marker}");
        var hongLinh = await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-hong-linh").Select(p => p.Id).SingleAsync());
        Task PushAsync() => WithServicesAsync(async (s, portals) =>
            await s.GetRequiredService<ArticleSharing>().PushAsync(portals.Root!, article.Id, [hongLinh], null, Staff, default));
        await PushAsync();

        using var reader = WebSession.Anonymous(factory);
        var address = $"/don-vi/xa-hong-linh/tin-tuc/{category.Slug}/{article.Slug}";
        var item = Assert.Single(await ResultsAsync(reader, "/don-vi/xa-hong-linh", marker));
        Assert.Equal(address, item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal($"Tin từ {ProvinceName}", item.QuerySelector(".search-origin")!.TextContent.Trim());
        Assert.Contains(article.Title, (await reader.GetPageAsync(address)).QuerySelector("h1")!.TextContent);
        Assert.Equal("http://localhost" + address, (await ApiAsync(reader, "/don-vi/xa-hong-linh", marker)).GetProperty("items")[0].GetProperty("url").GetString());
        Assert.Contains((article.Title, address), await SuggestionsAsync(reader, "/don-vi/xa-hong-linh", $"chien dich tuyen truyen {marker}"));
        // Only where it was pushed.
        Assert.Empty(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker));

        var shareId = await factory.WithDbAsync(db => db.ArticleShares.Where(s => s.ArticleId == article.Id).Select(s => s.Id).SingleAsync());
        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().WithdrawAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        Assert.Empty(await ResultsAsync(reader, "/don-vi/xa-hong-linh", marker));

        await PushAsync();
        Assert.Single(await ResultsAsync(reader, "/don-vi/xa-hong-linh", marker));
        await factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Unpublish();
            await db.SaveChangesAsync();
        });
        Assert.Empty(await ResultsAsync(reader, "/don-vi/xa-hong-linh", marker));
        Assert.Equal(0, (await ApiAsync(reader, "/don-vi/xa-hong-linh", marker)).GetProperty("total").GetInt32());
    }

    private static async Task<int> ApiTotalAsync(WebSession session, string portalPrefix, string query, string filters) =>
        (await session.Client.GetFromJsonAsync<JsonElement>($"{portalPrefix}/api/v1/search?q={Uri.EscapeDataString(query)}{filters}"))
            .GetProperty("total").GetInt32();

    [Fact]
    public async Task ResultsPage_CategoryFilter_FindsAPushedArticleInTheCategoryOfTheSameSlug_UntilWithdrawn()
    {
        var marker = Marker("cmx");
        // The province's "Xây dựng Đảng"; Minh Sơn has a category of that slug, and one (nong-thon-moi) the article is not in.
        var article = await PublishedInAsync("", "xay-dung-dang", marker);
        var minhSon = await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-minh-son").Select(p => p.Id).SingleAsync());
        await WithServicesAsync(async (s, portals) =>
            await s.GetRequiredService<ArticleSharing>().PushAsync(portals.Root!, article.Id, [minhSon], null, Staff, default));

        using var reader = WebSession.Anonymous(factory);
        const string commune = "/don-vi/xa-minh-son";
        var item = Assert.Single(await ResultsAsync(reader, commune, marker, "&chuyen-muc=xay-dung-dang"));
        Assert.Equal($"{commune}/tin-tuc/xay-dung-dang/{article.Slug}", item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal($"Tin từ {ProvinceName}", item.QuerySelector(".search-origin")!.TextContent.Trim());
        Assert.Equal(1, await ApiTotalAsync(reader, commune, marker, "&category=xay-dung-dang"));
        Assert.Empty(await ResultsAsync(reader, commune, marker, "&chuyen-muc=nong-thon-moi"));
        Assert.Equal(0, await ApiTotalAsync(reader, commune, marker, "&category=nong-thon-moi"));
        // The province finds its own article in its own category as before.
        Assert.Single(await ResultsAsync(reader, "", marker, "&chuyen-muc=xay-dung-dang"));

        var shareId = await factory.WithDbAsync(db => db.ArticleShares.Where(s => s.ArticleId == article.Id).Select(s => s.Id).SingleAsync());
        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().WithdrawAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        Assert.Empty(await ResultsAsync(reader, commune, marker, "&chuyen-muc=xay-dung-dang"));
        Assert.Equal(0, await ApiTotalAsync(reader, commune, marker, "&category=xay-dung-dang"));
        Assert.Single(await ResultsAsync(reader, "", marker, "&chuyen-muc=xay-dung-dang"));
    }

    [Fact]
    public async Task ResultsPage_CategoryFilter_FindsAnAcceptedCommuneArticleOnTheProvince_NeverWhileProposedOrDeclined()
    {
        var marker = Marker("cmd");
        var article = await PublishedInAsync("xa-minh-son", "xay-dung-dang", marker);
        using var reader = WebSession.Anonymous(factory);
        const string filter = "&chuyen-muc=xay-dung-dang";
        const string apiFilter = "&category=xay-dung-dang";
        async Task AssertNotOnProvinceAsync()
        {
            Assert.Empty(await ResultsAsync(reader, "", marker, filter));
            Assert.Equal(0, await ApiTotalAsync(reader, "", marker, apiFilter));
        }

        var shareId = await WithServicesAsync(async (s, portals) =>
            (await s.GetRequiredService<ArticleSharing>().ProposeAsync(portals.BySlug("xa-minh-son")!, article.Id, null, Staff, default)).Id);
        await AssertNotOnProvinceAsync();
        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().DeclineAsync(portals.Root!, shareId, "Chưa phù hợp.", Staff, default);
            return 0;
        });
        await AssertNotOnProvinceAsync();

        await WithServicesAsync(async (s, portals) =>
        {
            var sharing = s.GetRequiredService<ArticleSharing>();
            await sharing.ProposeAsync(portals.BySlug("xa-minh-son")!, article.Id, null, Staff, default);
            await sharing.AcceptAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        var item = Assert.Single(await ResultsAsync(reader, "", marker, filter));
        Assert.Equal($"/tin-tuc/xay-dung-dang/{article.Slug}", item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal($"Tin từ {MinhSonName}", item.QuerySelector(".search-origin")!.TextContent.Trim());
        Assert.Equal(1, await ApiTotalAsync(reader, "", marker, apiFilter));
        // Another category of the province: not there.
        Assert.Empty(await ResultsAsync(reader, "", marker, "&chuyen-muc=thoi-su"));
        // Combined with the unit filter: the commune's unit finds it on the province too.
        Assert.Single(await ResultsAsync(reader, "", marker, filter + "&don-vi=xa-minh-son"));

        await WithServicesAsync(async (s, portals) =>
        {
            await s.GetRequiredService<ArticleSharing>().WithdrawAsync(portals.Root!, shareId, Staff, default);
            return 0;
        });
        await AssertNotOnProvinceAsync();
        // Still the commune's own, in its own category.
        Assert.Single(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker, filter));
    }

    [Fact]
    public async Task ResultsPage_DocumentPushedDown_IsFoundInTheCommuneOnlyByReadersWhoMaySeeIt()
    {
        var marker = Marker("vbx");
        var open = await factory.CreateDocumentAsync($"Nghị quyết về chuyển đổi số {marker}");
        var internalOnly = await factory.CreateDocumentAsync($"Nghị quyết nội bộ về chuyển đổi số {marker}", DocumentVisibility.AllMembers);
        var minhSon = await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-minh-son").Select(p => p.Id).SingleAsync());
        using var reader = WebSession.Anonymous(factory);
        Assert.Empty(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker));
        await factory.WithDbAsync(async db =>
        {
            db.DocumentShares.AddRange(
                new DocumentShare { DocumentId = open.Id, PortalId = minhSon, PushedAt = DateTime.UtcNow },
                new DocumentShare { DocumentId = internalOnly.Id, PortalId = minhSon, PushedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var item = Assert.Single(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker));
        var href = item.QuerySelector("h3 a")!.GetAttribute("href")!;
        Assert.StartsWith($"/don-vi/xa-minh-son/van-ban/{open.Id}", href);
        Assert.Equal($"Văn bản từ {ProvinceName}", item.QuerySelector(".search-origin")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(href)).StatusCode);
        Assert.Equal(1, (await ApiAsync(reader, "/don-vi/xa-minh-son", marker)).GetProperty("total").GetInt32());
        var suggestion = Assert.Single(await SuggestionsAsync(reader, "/don-vi/xa-minh-son", $"chuyen doi so {marker}"));
        Assert.Contains("Nghị quyết về chuyển đổi số", suggestion.Title);
        Assert.StartsWith($"/don-vi/xa-minh-son/van-ban/{open.Id}", suggestion.Url);

        using var member = await WebSession.SignedInAsync(factory, "dangvien.donghung");
        Assert.Equal(2, (await ResultsAsync(member, "/don-vi/xa-minh-son", marker)).Count);
        // Not pushed there: another commune finds neither.
        Assert.Empty(await ResultsAsync(member, "/don-vi/xa-hong-linh", marker));

        await factory.WithDbAsync(db => db.DocumentShares.Where(s => s.DocumentId == open.Id).ExecuteDeleteAsync());
        Assert.Single(await ResultsAsync(member, "/don-vi/xa-minh-son", marker));
        Assert.Empty(await ResultsAsync(reader, "/don-vi/xa-minh-son", marker));
    }

    /// <summary>A commune of the test's own with a portal, so that merging it touches no other test's data.</summary>
    private async Task<(int UnitId, string Slug)> NewCommuneAsync(string name, bool withPortal)
    {
        var unit = await factory.CreateUnitAsync(name, "XT");
        if (withPortal)
        {
            await WithServicesAsync(async (s, portals) =>
                await s.GetRequiredService<PortalAdministration>().CreateAsync(portals.Root!, new NewPortalInput(unit.Id, null, null, null), DateOnly.FromDateTime(DateTime.UtcNow), default));
        }
        return (unit.Id, unit.Slug);
    }

    private Task MergeAsync(int survivorId, int mergedId) => WithServicesAsync(async (s, _) =>
        await s.GetRequiredService<UnitMerger>().MergeAsync(survivorId, [mergedId], null, Actor));

    [Fact]
    public async Task ResultsPage_AfterAMerge_MovedArticleIsFoundOnTheSurvivorsPortal_AndTheOldAddressLeadsThere()
    {
        var marker = Marker("hn");
        var merged = await NewCommuneAsync("Đảng bộ xã Thử Gộp", withPortal: true);
        var survivor = await NewCommuneAsync("Đảng bộ xã Thử Nhận", withPortal: true);
        var article = await PublishedInAsync(merged.Slug, "tin-tuc-su-kien", marker);
        using var reader = WebSession.Anonymous(factory);
        Assert.Single(await ResultsAsync(reader, $"/don-vi/{merged.Slug}", marker));
        Assert.Empty(await ResultsAsync(reader, $"/don-vi/{survivor.Slug}", marker));

        await MergeAsync(survivor.UnitId, merged.UnitId);

        var address = $"/don-vi/{survivor.Slug}/tin-tuc/tin-tuc-su-kien/{article.Slug}";
        var item = Assert.Single(await ResultsAsync(reader, $"/don-vi/{survivor.Slug}", marker));
        Assert.Equal(address, item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Null(item.QuerySelector(".search-origin"));
        Assert.Contains(article.Title, (await reader.GetPageAsync(address)).QuerySelector("h1")!.TextContent);
        Assert.Single(await ResultsAsync(reader, $"/don-vi/{survivor.Slug}", marker, $"&don-vi={survivor.Slug}"));
        Assert.Contains((article.Title, address), await SuggestionsAsync(reader, $"/don-vi/{survivor.Slug}", $"mo hinh dan van kheo {marker}"));
        // The closed portal's search address now is the survivor's.
        var old = await reader.GetAsync($"/don-vi/{merged.Slug}/tim-kiem?q={marker}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/don-vi/{survivor.Slug}/tim-kiem?q={marker}", old.Headers.Location!.OriginalString);
        Assert.Equal(0, (await ApiAsync(reader, "", marker)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ResultsPage_AfterAMergeIntoAUnitWithoutPortal_TheAdoptedPortalsArticlesAreFoundUnderTheSurvivingUnit()
    {
        var marker = Marker("hnk");
        var merged = await NewCommuneAsync("Đảng bộ xã Thử Trao", withPortal: true);
        var survivor = await NewCommuneAsync("Đảng bộ xã Thử Giữ", withPortal: false);
        var article = await PublishedInAsync(merged.Slug, "tin-tuc-su-kien", marker);

        await MergeAsync(survivor.UnitId, merged.UnitId);

        // The portal now is the survivor's, at its address; its articles count as the survivor's in the unit filter.
        using var reader = WebSession.Anonymous(factory);
        var results = await ResultsAsync(reader, $"/don-vi/{survivor.Slug}", marker, $"&don-vi={survivor.Slug}");
        Assert.Equal(article.Title, Assert.Single(results).QuerySelector("h3 a")!.TextContent);
    }

    [Fact]
    public async Task ResultsPage_AfterAUnitRename_DocumentIsFoundByTheIssuersNewName()
    {
        var oldName = Marker("cu");
        var newName = Marker("moi");
        var unit = await factory.CreateUnitAsync($"Đảng ủy Khối {oldName}", "ĐUK");
        var document = await factory.CreateDocumentAsync($"Chỉ thị về công tác kiểm tra {Marker("ct")}", owner: unit.Slug);
        using var reader = WebSession.Anonymous(factory);
        Assert.Single(await ResultsAsync(reader, "", oldName));

        await WithServicesAsync(async (s, _) =>
        {
            var db = s.GetRequiredService<DangBoDbContext>();
            await s.GetRequiredService<UnitAdministration>().RenameAsync(await db.Units.SingleAsync(u => u.Id == unit.Id),
                new RenameInput { Name = $"Đảng ủy Khối {newName}", Slug = unit.Slug }, Actor);
            return 0;
        });

        var item = Assert.Single(await ResultsAsync(reader, "", $"dang uy khoi {newName}"));
        Assert.Contains($"/van-ban/{document.Id}", item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(1, (await ApiAsync(reader, "", newName)).GetProperty("total").GetInt32());
    }
}

public sealed class SearchAcrossPortalsTests_Sqlite(SqliteFactory factory) : SearchAcrossPortalsTests<SqliteFactory>(factory);

public sealed class SearchAcrossPortalsTests_Postgres(PostgresFactory factory) : SearchAcrossPortalsTests<PostgresFactory>(factory);
