using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Editorial;

/// <summary>
/// The whole chain in a real browser: a contributor writes and submits, an editor returns it with a reason, the
/// contributor fixes and resubmits, the editor-in-chief approves with a grade, a reader sees it, the royalty report shows it.
/// </summary>
public sealed class EditorialChainBrowserTests(BrowserAppFactory app, BrowserFixture browser) : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Contributor_Editor_EditorInChief_Reader_Royalty()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var grade = "B" + marker;
        await app.WithDbAsync(async db =>
        {
            var portalId = await db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync();
            db.RoyaltyRates.Add(new RoyaltyRate { PortalId = portalId, ContentType = RoyaltyContentType.News, Grade = grade, Amount = 250_000 });
            await db.SaveChangesAsync();
        });
        var title = "Xã Minh Sơn ra quân làm đường giao thông nông thôn " + marker;

        // The contributor writes and submits.
        var contributor = await SignInAsync("congtacvien");
        await contributor.GotoAsync("/quan-tri/tin-bai/them");
        await contributor.Locator("#Input_Title").FillAsync(title);
        await contributor.Locator(".ql-editor").ClickAsync();
        await contributor.Keyboard.TypeAsync("Sáng nay, bà con xã Minh Sơn ra quân làm đường.");
        await contributor.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Kinh tế" });
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt", Exact = true }).ClickAsync();
        await Expect(contributor.Locator(".flash")).ToHaveTextAsync("Đã lưu và gửi tin bài để duyệt.");
        var editUrl = new Uri(contributor.Url).AbsolutePath;

        // The editor returns it with a reason.
        var editor = await SignInAsync("bientap");
        await editor.GotoAsync("/quan-tri/bien-tap/viec-cua-toi");
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByLabel("Ghi chú (bắt buộc khi trả lại: ghi rõ lý do)").FillAsync("Cần nêu số mét đường đã làm.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Trả lại để sửa", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".flash")).ToContainTextAsync("Bị trả lại");

        // The contributor sees why, fixes it and submits again.
        await contributor.GotoAsync("/quan-tri/bien-tap/viec-cua-toi");
        await Expect(contributor.Locator("section[aria-labelledby='tra-lai']")).ToContainTextAsync("Cần nêu số mét đường đã làm.");
        await Expect(contributor.Locator(".notification-count")).ToBeVisibleAsync();
        await contributor.GotoAsync(editUrl);
        await contributor.Locator(".ql-editor").ClickAsync();
        await contributor.Keyboard.PressAsync("End");
        await contributor.Keyboard.TypeAsync(" Đã hoàn thành 800 mét đường bê tông.");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt", Exact = true }).ClickAsync();
        await Expect(contributor.Locator(".flash")).ToHaveTextAsync("Đã lưu và gửi tin bài để duyệt.");

        // The editor-in-chief approves with a grade.
        var chief = await SignInAsync("truongbbt");
        await chief.GotoAsync(editUrl);
        await chief.GetByLabel("Chấm nhuận bút khi duyệt").SelectOptionAsync(new SelectOptionValue { Label = $"Tin – loại {grade} – 250.000 đ" });
        await chief.GetByRole(AriaRole.Button, new() { Name = "Duyệt và xuất bản", Exact = true }).ClickAsync();
        await Expect(chief.Locator(".flash")).ToContainTextAsync("Đã xuất bản");
        await Expect(chief.Locator(".history-item")).ToHaveCountAsync(4);

        // A reader sees it.
        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Category).AsNoTracking().SingleAsync(a => a.Title == title));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Contains("800 mét", article.BodyHtml);
        var reader = await browser.NewPageAsync(app.RootUrl);
        var response = await reader.GotoAsync(ContentUrls.Article(article.Category!.Slug, article.Slug));
        Assert.Equal(200, response!.Status);
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".article-body")).ToContainTextAsync("800 mét đường bê tông");

        // The royalty report shows it.
        await chief.GotoAsync("/quan-tri/nhuan-but");
        var row = chief.Locator(".royalty-item", new() { HasText = title });
        await Expect(row).ToContainTextAsync("Phạm Cộng Tác");
        await Expect(row).ToContainTextAsync("250.000 đ");
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await browser.NewPageAsync(app.RootUrl);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.Locator(".admin-user-name")).ToBeVisibleAsync();
        return page;
    }
}
