using System.Net;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using DangBo.Web.Tests.Modules.Documents;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Search.Pages;

/// <summary>The results page at /tim-kiem and the search box every public page carries.</summary>
public abstract class SearchPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Layout_EveryPublicPage_HasASearchFormThatWorksWithoutJavaScript()
    {
        using var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/tin-tuc/thoi-su", "/gioi-thieu/lich-su" })
        {
            var document = await client.GetDocumentAsync(url);
            var form = document.QuerySelector("header form.site-search");
            Assert.NotNull(form);
            Assert.Equal("/tim-kiem", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name='q']");
            Assert.NotNull(input);
            Assert.NotNull(document.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public async Task ResultsPage_UnaccentedQuery_ShowsArticleWithHighlightedEncodedSnippet()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = Marker("tk");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1), a =>
        {
            a.Title = $"Đại hội Đảng bộ xã {marker}";
            a.BodyHtml = $"<p>Đại biểu gõ thử &lt;script&gt;alert(1)&lt;/script&gt; khi bàn về Đảng bộ {marker} và <strong>đại hội</strong>.</p>";
        });
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync($"/tim-kiem?q=dai+hoi+{marker}");

        var item = Assert.Single(document.QuerySelectorAll(".search-item"));
        var link = item.QuerySelector("h3 a")!;
        Assert.Equal(article.Title, link.TextContent);
        Assert.Equal($"/tin-tuc/{category.Slug}/{article.Slug}", link.GetAttribute("href"));
        Assert.Equal(["Đại", "hội", marker], link.QuerySelectorAll("mark").Select(m => m.TextContent));
        var snippet = item.QuerySelector(".search-snippet")!;
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent);
        Assert.Null(snippet.QuerySelector("script"));
        Assert.Null(snippet.QuerySelector("strong"));
        Assert.Contains("đại", snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("1", document.QuerySelector(".search-types .count[data-type='article']")?.TextContent);
        Assert.Contains("Tìm thấy 1 kết quả", document.QuerySelector(".search-summary")!.TextContent);
    }

    [Theory]
    [InlineData("ddaij+hooij+ddangr+booj")]
    [InlineData("Ddaij+Hooij")]
    [InlineData("d9a5i+ho6i5")]
    public async Task ResultsPage_QueryTypedAsTelexOrVniKeys_ShowsTheArticleWithItsWordsMarked(string keys)
    {
        var category = await factory.CreateCategoryAsync();
        var marker = Marker("tx");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1), a =>
        {
            a.Title = $"Đại hội Đảng bộ phường {marker} nhiệm kỳ mới";
            a.BodyHtml = "<p>Các đại biểu dài ngày bàn về văn kiện Đại hội.</p>";
        });
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync($"/tim-kiem?q={keys}+{marker}");

        var item = Assert.Single(document.QuerySelectorAll(".search-item"));
        var link = item.QuerySelector("h3 a")!;
        Assert.Equal($"/tin-tuc/{category.Slug}/{article.Slug}", link.GetAttribute("href"));
        Assert.Equal(["Đại", "hội"], link.QuerySelectorAll("mark").Select(m => m.TextContent).Take(2));
        // The snippet marks đại as typed with marks would, not dài.
        var marked = item.QuerySelector(".search-snippet")!.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Contains("đại", marked);
        Assert.DoesNotContain("dài", marked);
        // The box says that it may be typed so.
        Assert.Contains("Telex", document.QuerySelector("#tk-q-help")!.TextContent);
    }

    [Fact]
    public async Task SubPortal_TelexKeys_FindAndSuggestTheCommunesArticle()
    {
        var category = await factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == "nong-thon-moi" && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "xa-minh-son")));
        var marker = Marker("tx");
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1), a => a.Title = $"Đường giao thông nông thôn {marker}");
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync($"/don-vi/xa-minh-son/tim-kiem?q={marker}+dduwowngf+giao+thoong");
        var suggestions = await client.GetStringAsync($"/don-vi/xa-minh-son/api/v1/search/suggest?q={marker}+dduwowngf+giao+tho");

        var link = Assert.Single(document.QuerySelectorAll(".search-item h3 a"));
        Assert.Equal($"/don-vi/xa-minh-son/tin-tuc/nong-thon-moi/{article.Slug}", link.GetAttribute("href"));
        Assert.Equal(["Đường", "giao", "thông", marker], link.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains($"/don-vi/xa-minh-son/tin-tuc/nong-thon-moi/{article.Slug}", suggestions);
    }

    [Fact]
    public async Task ResultsPage_EmptyQuery_AsksForWords()
    {
        using var client = factory.CreateClient();
        var document = await client.GetDocumentAsync("/tim-kiem?q=++");
        Assert.Contains("Hãy nhập từ khóa", document.QuerySelector(".search-message")!.TextContent);
        Assert.Empty(document.QuerySelectorAll(".search-item"));
    }

    [Fact]
    public async Task ResultsPage_InASubPortal_SearchesAndSuggestsWithinThatPortal()
    {
        using var client = factory.CreateClient();
        var document = await client.GetDocumentAsync("/don-vi/xa-minh-son/tim-kiem?q=dang");
        Assert.Equal("/don-vi/xa-minh-son/tim-kiem", document.QuerySelector("form.search-form")!.GetAttribute("action"));
        // The suggestions the box fetches as the reader types: the commune's, not the province's.
        Assert.Equal("/don-vi/xa-minh-son/api/v1/search/suggest", document.QuerySelector("#tk-q")!.GetAttribute("data-suggest"));
    }

    [Fact]
    public async Task ResultsPage_UnitFilter_ListsEachUnitUnderItsParent_AndNotClosedUnits()
    {
        var marker = Marker("dv");
        var commune = await factory.CreateUnitAsync($"Đảng bộ xã Thử Cây {marker}", "XTC");
        var cell = await factory.CreateUnitAsync($"Chi bộ thôn Thử Cây {marker}", "CB", commune.Slug);
        var closed = await factory.CreateUnitAsync($"Đảng bộ xã Thử Giải Thể {marker}", "XGT");
        await factory.WithDbAsync(async db =>
        {
            (await db.Units.SingleAsync(u => u.Id == closed.Id)).ValidTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/tim-kiem?q=dang");

        var options = document.QuerySelectorAll("#tk-don-vi option").ToList();
        var communeAt = options.FindIndex(o => o.GetAttribute("value") == commune.Slug);
        Assert.True(communeAt > 0);
        // The cell right under its commune, indented one level further, not among every other cell of the province.
        Assert.Equal(cell.Slug, options[communeAt + 1].GetAttribute("value"));
        Assert.Equal($"\u00A0\u00A0{commune.Name}", options[communeAt].TextContent);
        Assert.Equal($"\u00A0\u00A0\u00A0\u00A0{cell.Name}", options[communeAt + 1].TextContent);
        Assert.DoesNotContain(options, o => o.GetAttribute("value") == closed.Slug);
    }

    [Fact]
    public async Task ResultsPage_NothingFound_SuggestsTypingWithoutDiacriticsOrFewerWords()
    {
        using var client = factory.CreateClient();
        var document = await client.GetDocumentAsync($"/tim-kiem?q={Marker("khongco")}+%22NEAR%22+*+-+%3A");
        Assert.Contains("Không tìm thấy kết quả", document.QuerySelector(".search-summary")!.TextContent);
        var advice = document.QuerySelector(".search-results .search-message")!.TextContent;
        Assert.Contains("không dấu", advice);
        Assert.Contains("ít từ hơn", advice);
    }

    [Fact]
    public async Task ResultsPage_InvalidDate_Is400WithVietnameseMessageAndKeepsTheTyping()
    {
        using var client = factory.CreateClient();
        var (response, document) = await client.GetPageAsync("/tim-kiem?q=%C4%91%E1%BA%A1i+h%E1%BB%99i&tu-ngay=31-31-2026");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không phải là ngày hợp lệ", document.QuerySelector(".search-filters .field-error")!.TextContent);
        Assert.Equal("đại hội", document.QuerySelector("#tk-q")!.GetAttribute("value"));
        Assert.Equal("31-31-2026", document.QuerySelector("#tk-tu-ngay")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResultsPage_FiltersSortAndPaging_ShowTheRightSlice()
    {
        var category = await factory.CreateCategoryAsync();
        var other = await factory.CreateCategoryAsync();
        var marker = Marker("pg");
        var start = new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc);
        var titles = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            titles.Add((await factory.CreateArticleAsync(category, start.AddDays(i), a => a.Title = $"Tin số {i} {marker}")).Title);
        }
        await factory.CreateArticleAsync(other, start, a => a.Title = $"Tin chuyên mục khác {marker}");
        using var client = factory.CreateClient();

        var first = await client.GetDocumentAsync($"/tim-kiem?q={marker}&chuyen-muc={category.Slug}&sap-xep=moi-nhat");
        var second = await client.GetDocumentAsync(first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href")!);
        var ranged = await client.GetDocumentAsync($"/tim-kiem?q={marker}&tu-ngay=2026-03-02&den-ngay=2026-03-03");

        string[] Titles(AngleSharp.Html.Dom.IHtmlDocument d) => d.QuerySelectorAll(".search-item h3 a").Select(a => a.TextContent).ToArray();
        Assert.Equal(titles.AsEnumerable().Reverse().Take(10), Titles(first));
        Assert.Equal([titles[1], titles[0]], Titles(second));
        // Each page of results has its own title, as category pages do.
        Assert.StartsWith($"Tìm kiếm: {marker} |", first.Title);
        Assert.StartsWith($"Tìm kiếm: {marker} - Trang 2 |", second.Title);
        Assert.Equal("12", first.QuerySelector(".count[data-type='article']")!.TextContent);
        Assert.Equal([titles[2], titles[1]], Titles(ranged));

        var beyond = await client.GetDocumentAsync($"/tim-kiem?q={marker}&chuyen-muc={category.Slug}&trang=9");
        Assert.Empty(Titles(beyond));
        Assert.Contains("Trang 9 không có kết quả", beyond.QuerySelector(".search-results .search-message")!.TextContent);
    }

    [Fact]
    public async Task ResultsPage_Documents_CountedPerTypeFilteredAndInternalOnesOnlyForMembers()
    {
        var marker = Marker("vbtk");
        var category = await factory.CreateCategoryAsync();
        await factory.CreateArticleAsync(category, DateTime.UtcNow.AddHours(-1), a => a.Title = $"Tin về nghị quyết {marker}");
        var open = await factory.CreateDocumentAsync($"Về chuyển đổi số {marker}", typeKey: "nghi-quyet");
        var directive = await factory.CreateDocumentAsync($"Về công tác dân vận {marker}", typeKey: "chi-thi");
        var internalOne = await factory.CreateDocumentAsync($"Về công tác cán bộ {marker}", DocumentVisibility.AllMembers);
        using var anonymous = WebSession.Anonymous(factory);
        using var member = await WebSession.SignedInAsync(factory, "dangvien.donghung");

        var all = await anonymous.GetPageAsync($"/tim-kiem?q={marker}");
        var onlyDocuments = await anonymous.GetPageAsync($"/tim-kiem?q={marker}&loai=document");
        var onlyDirectives = await anonymous.GetPageAsync($"/tim-kiem?q={marker}&loai-van-ban=chi-thi");
        var asMember = await member.GetPageAsync($"/tim-kiem?q={marker}&loai=document");

        Assert.Equal("1", all.QuerySelector(".search-types .count[data-type='article']")!.TextContent);
        Assert.Equal("2", all.QuerySelector(".search-types .count[data-type='document']")!.TextContent);
        Assert.DoesNotContain(internalOne.Summary, all.Body!.TextContent, StringComparison.Ordinal);
        var titles = onlyDocuments.QuerySelectorAll(".search-item h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains($"Nghị quyết số {open.Code}: {open.Summary}", titles);
        Assert.Contains(onlyDocuments.QuerySelectorAll(".search-code"), c => c.TextContent == $"Số {directive.Code}");
        Assert.Equal([$"Chỉ thị số {directive.Code}: {directive.Summary}"], onlyDirectives.QuerySelectorAll(".search-item h3 a").Select(a => a.TextContent));
        Assert.Equal("chi-thi", onlyDirectives.QuerySelector("#tk-loai-van-ban option[selected]")!.GetAttribute("value"));
        Assert.Contains(asMember.QuerySelectorAll(".search-item h3 a"), a => a.TextContent.Contains(internalOne.Summary, StringComparison.Ordinal));
        Assert.Equal("3", asMember.QuerySelector(".search-types .count[data-type='document']")!.TextContent);
    }

    [Fact]
    public async Task ResultsPage_UnitFilter_KeepsDocumentsOfThatIssuer()
    {
        var marker = Marker("dvtk");
        await factory.CreateDocumentAsync($"Về xây dựng nông thôn mới {marker}", owner: "xa-minh-son");
        await factory.CreateDocumentAsync($"Về xây dựng đô thị văn minh {marker}");
        using var anonymous = WebSession.Anonymous(factory);

        var page = await anonymous.GetPageAsync($"/tim-kiem?q={marker}&don-vi=xa-minh-son");
        var unknown = await anonymous.GetAsync($"/tim-kiem?q={marker}&don-vi=khong-co-don-vi-nay");

        var title = Assert.Single(page.QuerySelectorAll(".search-item h3 a"));
        Assert.Contains("nông thôn mới", title.TextContent);
        Assert.Contains(page.QuerySelectorAll("#tk-don-vi option"), o => o.GetAttribute("value") == "xa-minh-son");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Đơn vị không tồn tại.", (await WebSession.ParseAsync(unknown, "/tim-kiem")).Errors());
    }
}

public sealed class SearchPageTests_Sqlite(SqliteFactory f) : SearchPageTests<SqliteFactory>(f);

public sealed class SearchPageTests_Postgres(PostgresFactory f) : SearchPageTests<PostgresFactory>(f);
