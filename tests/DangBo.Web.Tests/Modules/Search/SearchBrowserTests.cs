using DangBo.Web.Tests.Infrastructure;
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
