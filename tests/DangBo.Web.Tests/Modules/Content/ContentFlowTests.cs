using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>
/// Content flowing between levels: a commune proposes an article up, the province accepts or declines it; the
/// province pushes an article down to chosen communes. And each unit's staff stay inside their own portal.
/// </summary>
public abstract class ContentFlowTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string MinhSon = "/don-vi/xa-minh-son";
    private const string AnPhu = "/don-vi/phuong-an-phu";

    private async Task<Article> PublishedInAsync(string portalSlug, string categorySlug)
    {
        var category = await factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == categorySlug && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == portalSlug)));
        return await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5));
    }

    private Task<ArticleShare?> ShareAsync(int articleId) =>
        factory.WithDbAsync(db => db.ArticleShares.AsNoTracking().SingleOrDefaultAsync(s => s.ArticleId == articleId));

    [Fact]
    public async Task ProposeUp_ThenProvinceAccepts_ArticleAppearsOnBothPortals_WithOneCanonicalAddressAndItsOrigin()
    {
        var article = await PublishedInAsync("xa-minh-son", "tin-tuc-su-kien");
        using var commune = await WebSession.SignedInAsync(factory, "bbt.minhson");
        var sharePage = await commune.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se");
        var propose = await commune.SubmitAsync(sharePage.Forms.First(f => f.ClassList.Contains("share-propose")), new() { ["Note"] = "Mô hình hay, đề nghị đăng." });
        Assert.Equal(HttpStatusCode.Redirect, propose.StatusCode);
        Assert.Equal(ShareStatus.Proposed, (await ShareAsync(article.Id))!.Status);

        // Not carried by the province yet: only listed, as the commune's own, among the news of the units.
        using var reader = WebSession.Anonymous(factory);
        var before = await reader.GetPageAsync("/");
        Assert.DoesNotContain(article.Title, before.QuerySelector(".block-carried")?.TextContent ?? "");
        var unitsNews = before.QuerySelectorAll(".block-subportals a").First(a => a.TextContent.Trim() == article.Title);
        Assert.Equal($"{MinhSon}/tin-tuc/tin-tuc-su-kien/{article.Slug}", unitsNews.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/tin-tuc-su-kien/{article.Slug}")).StatusCode);

        using var province = await WebSession.SignedInAsync(factory, "truongbbt");
        var queue = await province.GetPageAsync("/quan-tri/chia-se");
        var item = queue.QuerySelectorAll(".share-proposal").Single(li => li.TextContent.Contains(article.Title));
        Assert.Contains("Mô hình hay, đề nghị đăng.", item.TextContent);
        Assert.Contains("Minh Sơn", item.TextContent);
        var accept = await province.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector("form[action*='handler=Accept']")!, new());
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(ShareStatus.Accepted, (await ShareAsync(article.Id))!.Status);

        var home = await reader.GetPageAsync("/");
        var link = home.QuerySelectorAll(".block-carried a").First(a => a.TextContent.Trim() == article.Title);
        Assert.Contains("Tin từ Trang thông tin điện tử Đảng bộ xã Minh Sơn", link.Closest("li")!.TextContent);
        var onProvince = await reader.GetPageAsync(link.GetAttribute("href")!);
        Assert.Contains(article.Title, onProvince.QuerySelector("h1")!.TextContent);
        var canonical = $"http://localhost{MinhSon}/tin-tuc/tin-tuc-su-kien/{article.Slug}";
        Assert.Equal(canonical, onProvince.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(canonical, onProvince.QuerySelector(".article-origin a")!.GetAttribute("href"));
        var onCommune = await reader.GetPageAsync($"{MinhSon}/tin-tuc/tin-tuc-su-kien/{article.Slug}");
        Assert.Contains(article.Title, onCommune.QuerySelector("h1")!.TextContent);
        Assert.Null(onCommune.QuerySelector(".article-origin"));

        // The province stops carrying it: gone from its home page and its address there.
        var carried = (await province.GetPageAsync("/quan-tri/chia-se")).QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains(article.Title));
        await province.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)carried.QuerySelector("form")!, new());
        Assert.DoesNotContain(article.Title, (await reader.GetPageAsync("/")).QuerySelector(".block-carried")?.TextContent ?? "");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(link.GetAttribute("href")!)).StatusCode);
    }

    [Fact]
    public async Task Decline_NeedsAReason_WhichTheProposingUnitThenSees()
    {
        var article = await PublishedInAsync("xa-minh-son", "nong-thon-moi");
        using var commune = await WebSession.SignedInAsync(factory, "bbt.minhson");
        var sharePage = await commune.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se");
        await commune.SubmitAsync(sharePage.Forms.First(f => f.ClassList.Contains("share-propose")), new());

        using var province = await WebSession.SignedInAsync(factory, "truongbbt");
        var item = (await province.GetPageAsync("/quan-tri/chia-se")).QuerySelectorAll(".share-proposal").Single(li => li.TextContent.Contains(article.Title));
        var noReason = await province.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector(".decline-form")!, new() { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Vui lòng nêu lý do từ chối", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(ShareStatus.Proposed, (await ShareAsync(article.Id))!.Status);

        item = (await province.GetPageAsync("/quan-tri/chia-se")).QuerySelectorAll(".share-proposal").Single(li => li.TextContent.Contains(article.Title));
        await province.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector(".decline-form")!, new() { ["Reason"] = "Tin mang tính địa phương, phù hợp đăng ở cổng xã." });
        Assert.Equal(ShareStatus.Declined, (await ShareAsync(article.Id))!.Status);

        var status = await commune.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se");
        Assert.Contains("Bị từ chối", status.QuerySelector(".share-status")!.TextContent);
        Assert.Contains("Tin mang tính địa phương, phù hợp đăng ở cổng xã.", status.QuerySelector(".share-status")!.TextContent);
        using var reader = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/nong-thon-moi/{article.Slug}")).StatusCode);
    }

    [Fact]
    public async Task PushDown_ToAChosenCommune_AppearsThereMarked_AndNotOnOtherCommunes()
    {
        var article = await PublishedInAsync("", "thoi-su");
        var minhSonId = await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-minh-son").Select(p => p.Id).SingleAsync());
        using var province = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await province.GetPageAsync($"/quan-tri/tin-bai/{article.Id}/chia-se");
        Assert.Contains(page.QuerySelectorAll(".share-push input[name=Targets]"), i => i.GetAttribute("value") == minhSonId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var push = await province.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("share-push")), new() { ["Targets"] = minhSonId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, push.StatusCode);

        using var reader = WebSession.Anonymous(factory);
        var communeHome = await reader.GetPageAsync(MinhSon + "/");
        var link = communeHome.QuerySelectorAll("main a").First(a => a.TextContent.Trim() == article.Title);
        Assert.Contains("Tin từ Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà", link.Closest("li")!.TextContent);
        Assert.StartsWith(MinhSon + "/tin-tuc/", link.GetAttribute("href"));
        var onCommune = await reader.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal($"http://localhost/tin-tuc/thoi-su/{article.Slug}", onCommune.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        Assert.DoesNotContain(article.Title, (await reader.GetPageAsync(AnPhu + "/")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{AnPhu}/tin-tuc/thoi-su/{article.Slug}")).StatusCode);
    }

    [Fact]
    public async Task PushDown_ToAPortalOutsideTheSubtree_IsRefused()
    {
        var article = await PublishedInAsync("xa-minh-son", "xay-dung-dang");
        var anPhuId = await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "phuong-an-phu").Select(p => p.Id).SingleAsync());
        using var commune = await WebSession.SignedInAsync(factory, "bbt.minhson");
        // Minh Sơn has no portal below it: the page offers no push, and a forged post is refused without a trace.
        var page = await commune.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se");
        Assert.Null(page.QuerySelector(".share-push"));
        var forged = await commune.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("share-propose")), new() { ["Targets"] = anPhuId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            action: $"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se?handler=Push");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Không có cổng cấp dưới nào", await forged.Content.ReadAsStringAsync());
        Assert.Null(await ShareAsync(article.Id));
    }

    [Fact]
    public async Task CommuneEditor_CannotSeeOrChangeAnotherCommunesDrafts_NorDecideForTheProvince()
    {
        var anPhuCategory = await factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == "tin-hoat-dong" && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "phuong-an-phu")));
        var draft = await factory.CreateArticleAsync(anPhuCategory, null, a => a.Title = "Bản nháp riêng của phường An Phú " + Guid.NewGuid().ToString("N")[..6]);
        using var commune = await WebSession.SignedInAsync(factory, "bbt.minhson");

        // Own portal: fine.
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync(MinhSon + "/quan-tri/tin-bai")).StatusCode);
        // The other commune's back office, and the province's: refused.
        Assert.NotEqual(HttpStatusCode.OK, (await commune.GetAsync(AnPhu + "/quan-tri/tin-bai")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await commune.GetAsync($"{AnPhu}/quan-tri/tin-bai/{draft.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await commune.GetAsync("/quan-tri/tin-bai")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await commune.GetAsync("/quan-tri/chia-se")).StatusCode);
        // Reaching the draft through its own back office by id: not found there.
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"{MinhSon}/quan-tri/tin-bai/{draft.Id}")).StatusCode);
        var list = await commune.GetPageAsync(MinhSon + "/quan-tri/tin-bai");
        Assert.DoesNotContain(draft.Title, list.Body!.TextContent);

        // A save posted to the other commune's address with a valid token of this session: refused, nothing changed.
        var ownEdit = await commune.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/them");
        var forged = await commune.SubmitAsync(ownEdit.Forms.First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)),
            new() { ["Input.Title"] = "Sửa trộm" }, action: $"{AnPhu}/quan-tri/tin-bai/{draft.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(draft.Title, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == draft.Id).Select(a => a.Title).SingleAsync()));

        // Anonymous readers never see a draft, on any portal.
        using var reader = WebSession.Anonymous(factory);
        Assert.DoesNotContain(draft.Title, (await reader.GetPageAsync(AnPhu + "/")).Body!.TextContent);

        // Nor does the API (the only JSON the portals serve): not to the other commune's editor, on either portal.
        var marker = draft.Title[^6..];
        foreach (var portal in new[] { AnPhu, MinhSon, "" })
        {
            using var json = System.Text.Json.JsonDocument.Parse(await commune.Client.GetStringAsync($"{portal}/api/v1/search?q={marker}"));
            Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
            Assert.Empty(json.RootElement.GetProperty("items").EnumerateArray());
        }
    }

    [Fact]
    public async Task Contributor_CannotProposeUp()
    {
        var article = await PublishedInAsync("xa-minh-son", "tin-tuc-su-kien");
        using var contributor = await WebSession.SignedInAsync(factory, "ctv.minhson");
        var page = await contributor.GetPageAsync($"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se");
        Assert.Null(page.QuerySelector(".share-propose"));
        var forged = await contributor.SubmitAsync(page.Forms.FirstOrDefault() ?? throw new InvalidOperationException("The page has the sign-out form at least."),
            new(), action: $"{MinhSon}/quan-tri/tin-bai/{article.Id}/chia-se?handler=Propose");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null(await ShareAsync(article.Id));
    }
}

public sealed class ContentFlowTests_Sqlite(SqliteFactory factory) : ContentFlowTests<SqliteFactory>(factory);

public sealed class ContentFlowTests_Postgres(PostgresFactory factory) : ContentFlowTests<PostgresFactory>(factory);
