using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DangBo.Web.Tests.Modules.Search;

/// <summary>A reader types into the search box in the header, sees suggestions, then the results.</summary>
public sealed class SearchBrowserTests(BrowserAppFactory app, BrowserFixture browser)
    : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_TypesIntoSearchBox_SeesSuggestionsThenHighlightedResults()
    {
        var category = await app.DemoCategoryAsync("xay-dung-dang");
        var marker = "tb" + Guid.NewGuid().ToString("N")[..6];
        var article = await app.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-10), a =>
        {
            a.Title = $"Đại hội Chi bộ thôn Đông Hưng {marker}";
            a.BodyHtml = "<p>Đại hội bầu đồng chí Bí thư chi bộ nhiệm kỳ mới.</p>";
        });
        var page = await browser.NewPageAsync(app.RootUrl);
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm kiếm trên cổng thông tin" });
        await box.PressSequentiallyAsync($"{marker} dai h", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = article.Title });
        await suggestion.WaitForAsync();
        await box.PressSequentiallyAsync("oi");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/tim-kiem?q=*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var result = page.Locator(".search-item h3 a");
        Assert.Equal(article.Title, (await result.TextContentAsync())?.Trim());
        Assert.Equal(["Đại", "hội", marker], await result.Locator("mark").AllTextContentsAsync());
        await result.ClickAsync();
        await page.WaitForURLAsync($"**/tin-tuc/xay-dung-dang/{article.Slug}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reader_OnPhoneInASubPortal_GetsThatPortalsSuggestionsAndResultsWithoutSidewaysScrolling()
    {
        var category = await app.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == "nong-thon-moi" && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == "xa-minh-son")));
        var marker = "dt" + Guid.NewGuid().ToString("N")[..6];
        var article = await app.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-10), a => a.Title = $"Xây dựng nông thôn mới kiểu mẫu {marker}");
        // The province has a title like it, which the commune's box must not suggest.
        await app.CreateArticleAsync(await app.DemoCategoryAsync("kinh-te"), DateTime.UtcNow.AddMinutes(-5), a => a.Title = $"Xây dựng nông thôn mới cấp tỉnh {marker}");
        var page = await browser.NewPhonePageAsync(app.RootUrl);
        await page.GotoAsync("/don-vi/xa-minh-son/tim-kiem");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Từ khóa" });
        await box.PressSequentiallyAsync($"{marker} xay d", new() { Delay = 30 });
        var suggestions = page.GetByRole(AriaRole.Listbox, new() { Name = "Gợi ý tìm kiếm" }).GetByRole(AriaRole.Option);
        await suggestions.First.WaitForAsync();
        Assert.Equal([article.Title], await suggestions.AllTextContentsAsync());
        Assert.Equal($"/don-vi/xa-minh-son/tin-tuc/nong-thon-moi/{article.Slug}", await suggestions.First.GetAttributeAsync("href"));
        await box.PressSequentiallyAsync("ung");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/don-vi/xa-minh-son/tim-kiem?q=*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var result = page.Locator(".search-item h3 a");
        Assert.Equal(article.Title, (await result.TextContentAsync())?.Trim());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
        await result.ClickAsync();
        await page.WaitForURLAsync($"**/don-vi/xa-minh-son/tin-tuc/nong-thon-moi/{article.Slug}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reader_ChoosesSuggestionWithKeyboard_OpensTheArticle()
    {
        var category = await app.DemoCategoryAsync("kinh-te");
        var marker = "kb" + Guid.NewGuid().ToString("N")[..6];
        var article = await app.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-10), a => a.Title = $"Chuyển đổi số nông nghiệp {marker}");
        var page = await browser.NewPageAsync(app.RootUrl);
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm kiếm trên cổng thông tin" });
        await box.PressSequentiallyAsync($"{marker} chuyen", new() { Delay = 30 });
        await page.GetByRole(AriaRole.Option, new() { Name = article.Title }).WaitForAsync();
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync($"**/tin-tuc/kinh-te/{article.Slug}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Context.CloseAsync();
    }
}
