using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Portals;

/// <summary>
/// Content flowing up in a real browser: a commune's editor-in-chief publishes on the commune portal and proposes the
/// article to the province; the province's editor-in-chief accepts it; a reader finds it on both portals.
/// </summary>
public sealed class PortalFlowBrowserTests(BrowserAppFactory app, BrowserFixture browser) : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CommunePublishes_ProposesUp_ProvinceAccepts_ReaderFindsItOnBothPortals()
    {
        var title = "Xã Minh Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc " + Guid.NewGuid().ToString("N")[..6];

        // The commune's editor-in-chief writes and publishes on the commune's own back office.
        var commune = await SignInAsync("bbt.minhson", "/don-vi/xa-minh-son/dang-nhap");
        await commune.GotoAsync("/don-vi/xa-minh-son/quan-tri/tin-bai/them");
        await commune.Locator("#Input_Title").FillAsync(title);
        await commune.Locator(".ql-editor").ClickAsync();
        await commune.Keyboard.TypeAsync("Hơn 500 người dân thôn Đông Hưng tham gia ngày hội.");
        await commune.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tức - Sự kiện" });
        await commune.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(commune.Locator(".flash")).ToContainTextAsync("xuất bản");

        // ... and proposes it to the province.
        await commune.GetByRole(AriaRole.Link, new() { Name = "Đề xuất lên cấp trên hoặc chuyển xuống cấp dưới" }).ClickAsync();
        await commune.GetByLabel("Ghi chú gửi cấp trên (không bắt buộc)").FillAsync("Đề nghị đăng trên Cổng tỉnh.");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Đề xuất lên cấp trên" }).ClickAsync();
        await Expect(commune.Locator(".share-status")).ToContainTextAsync("Chờ cấp trên duyệt");

        // The province's editor-in-chief accepts it from the queue.
        var province = await SignInAsync("truongbbt", "/dang-nhap");
        await province.GotoAsync("/quan-tri/chia-se");
        var proposal = province.Locator(".share-proposal", new() { HasText = title });
        await Expect(proposal).ToContainTextAsync("Đề nghị đăng trên Cổng tỉnh.");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận đăng" }).ClickAsync();
        await Expect(province.Locator(".flash")).ToContainTextAsync("Đã chấp nhận");

        // A reader finds it on the province's home page, reads it there with its origin, and on the commune's portal.
        var reader = await browser.NewPageAsync(app.RootUrl);
        await reader.GotoAsync("/");
        await reader.Locator(".block-carried").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".article-origin")).ToContainTextAsync("Trang thông tin điện tử Đảng bộ xã Minh Sơn");
        await reader.Locator(".article-origin a").ClickAsync();
        Assert.StartsWith(app.RootUrl.TrimEnd('/') + "/don-vi/xa-minh-son/tin-tuc/tin-tuc-su-kien/", reader.Url);
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".article-body")).ToContainTextAsync("Hơn 500 người dân");

        var onCommuneHome = await browser.NewPageAsync(app.RootUrl);
        await onCommuneHome.GotoAsync("/don-vi/xa-minh-son/");
        await Expect(onCommuneHome.GetByRole(AriaRole.Link, new() { Name = title }).First).ToBeVisibleAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.ArticleShares.CountAsync(s => s.Article!.Title == title)));
    }

    private async Task<IPage> SignInAsync(string userName, string signInPath)
    {
        var page = await browser.NewPageAsync(app.RootUrl);
        await page.GotoAsync(signInPath);
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.Locator(".admin-user-name")).ToBeVisibleAsync();
        return page;
    }
}
