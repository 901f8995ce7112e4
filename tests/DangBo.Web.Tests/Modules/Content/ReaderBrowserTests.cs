using DangBo.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>A reader finds an article from the home page, on a desktop and on a phone.</summary>
public sealed class ReaderBrowserTests(BrowserAppFactory app, BrowserFixture browser)
    : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_OpensHomeThenCategoryFromMenuThenArticle_SeesTitleAndBody()
    {
        var category = await app.DemoCategoryAsync("xay-dung-dang");
        var article = await app.CreateArticleAsync(category, DateTime.UtcNow, a =>
            a.BodyHtml = "<p>Hội nghị quán triệt nghị quyết tại chi bộ thôn Đông Hưng.</p>");
        var page = await browser.NewPageAsync(app.RootUrl);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Xây dựng Đảng", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/xay-dung-dang", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Link, new() { Name = article.Title }).First.ClickAsync();
        await page.WaitForURLAsync($"**/tin-tuc/xay-dung-dang/{article.Slug}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        Assert.Equal(article.Title, (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Contains("Hội nghị quán triệt nghị quyết tại chi bộ thôn Đông Hưng.", await page.Locator(".article-body").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reader_TabbingToMenuParent_ShowsItsChildrenWithoutJavaScript()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.RootUrl,
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var child = page.Locator("#menu-chinh .submenu a[href='/gioi-thieu/co-cau-to-chuc']");
        Assert.True((await child.BoundingBoxAsync())!.X < 0, "the drop-down is closed at first");

        await page.Locator("#menu-chinh a[href='/gioi-thieu']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        Assert.True((await child.BoundingBoxAsync())!.X >= 0, "the drop-down opens for keyboard users");
        // Tab on through the drop-down's entries until the organisation page is reached.
        var entries = await page.Locator("#menu-chinh a[href='/gioi-thieu'] ~ .submenu a").CountAsync();
        string? focused = null;
        for (var i = 0; i < entries && focused != "/gioi-thieu/co-cau-to-chuc"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.Locator("*:focus").GetAttributeAsync("href");
            Assert.True((await child.BoundingBoxAsync())!.X >= 0, "the drop-down stays open while its entries have focus");
        }
        Assert.Equal("/gioi-thieu/co-cau-to-chuc", focused);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Reader_OnPhone_OpensMenuAndReachesCategory()
    {
        var page = await browser.NewPhonePageAsync(app.RootUrl);

        await page.GotoAsync("/");
        var categoryLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Kinh tế", Exact = true });
        Assert.False(await categoryLink.IsVisibleAsync(), "the menu is folded on a phone until asked for");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        // The opened menu must be on screen before the tap; the category page then only needs to arrive (its
        // lazy images are no part of what this test checks, so the wait ends at the document, not at "load").
        await Expect(categoryLink).ToBeVisibleAsync();
        await categoryLink.ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/kinh-te", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await Expect(page.Locator("h1")).ToHaveTextAsync("Kinh tế");
        // Nothing wider than the screen: no sideways scrolling on a phone.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.Context.CloseAsync();
    }
}
