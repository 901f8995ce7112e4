using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Content.Pages.Admin.Articles;

/// <summary>The editor-in-chief writes an article in the real editor, with a picture in the text and a cover, publishes it, and a reader sees it.</summary>
public sealed class ArticlePublishingBrowserTests(BrowserAppFactory app, BrowserFixture browser) : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    /// <summary>Set DANGBO_SCREENSHOTS to a folder to keep a picture of the editor for a person to look at.</summary>
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("DANGBO_SCREENSHOTS");

    [Fact]
    public async Task EditorInChief_WritesAndPublishesArticleWithImages_ReaderSeesIt()
    {
        // The demo portal uses three review steps, so the editor-in-chief is who publishes.
        var editor = await SignInAsync("truongbbt");

        await editor.GotoAsync("/quan-tri/tin-bai/them");
        var title = "Tỉnh Sơn Hà khánh thành cầu Minh Sơn " + Guid.NewGuid().ToString("N")[..6];
        await editor.Locator("#Input_Title").FillAsync(title);
        await editor.Locator("#Input_Lead").FillAsync("Cây cầu nối đôi bờ sông Hồng Lĩnh, rút ngắn quãng đường đến trung tâm tỉnh.");

        // Typed into the editor itself; the textarea it replaces is hidden.
        await Expect(editor.Locator("textarea[name='Input.BodyHtml']")).ToBeHiddenAsync();
        var body = editor.Locator(".ql-editor");
        await body.ClickAsync();
        await editor.Keyboard.TypeAsync("Sáng nay, đồng chí Bí thư Tỉnh ủy dự lễ khánh thành cầu.");
        await editor.Keyboard.PressAsync("Enter");
        var chooser = await editor.RunAndWaitForFileChooserAsync(() => editor.Locator(".ql-toolbar button.ql-image").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "le-khanh-thanh.png", MimeType = "image/png", Buffer = TestImages.Png(60, 40, 30, 90, 160) });
        await Expect(body.Locator("img[src^='/media/']")).ToBeVisibleAsync();
        await editor.Keyboard.TypeAsync("Người dân vui mừng đón cây cầu mới.");

        await editor.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Xây dựng Đảng" });
        await editor.Locator("#Input_CoverUpload").SetInputFilesAsync(new FilePayload { Name = "anh-bia.png", MimeType = "image/png", Buffer = TestImages.Png(120, 80) });
        await editor.Locator("#Input_CoverImageCaption").FillAsync("Cầu Minh Sơn ngày khánh thành");
        if (ScreenshotFolder is { Length: > 0 })
        {
            await editor.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "article-editor.png"), FullPage = true });
        }

        await editor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".flash")).ToHaveTextAsync("Đã xuất bản tin bài.");

        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Category).AsNoTracking().SingleAsync(a => a.Title == title));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Contains("Sáng nay, đồng chí Bí thư Tỉnh ủy dự lễ khánh thành cầu.", article.BodyHtml);
        Assert.Contains("<img src=\"/media/", article.BodyHtml);
        Assert.DoesNotContain("&nbsp;", article.BodyHtml);
        Assert.StartsWith("/media/", article.CoverImagePath);

        // A reader, with no back-office cookie, opens the public address.
        var reader = await browser.NewPageAsync(app.RootUrl);
        var response = await reader.GotoAsync(ContentUrls.Article(article.Category!.Slug, article.Slug));
        Assert.Equal(200, response!.Status);
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        var cover = reader.Locator($"img[src='{article.CoverImagePath}']");
        await Expect(cover).ToBeVisibleAsync();
        Assert.True(await cover.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 120"));
        var inText = reader.Locator(".article-body img");
        await Expect(inText).ToBeVisibleAsync();
        Assert.True(await inText.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 60"));
    }

    [Fact]
    public async Task Editor_PastesFromWord_StoredBodyIsClean()
    {
        var editor = await SignInAsync("truongbbt");
        await editor.GotoAsync("/quan-tri/tin-bai/them");
        var title = "Quán triệt Nghị quyết " + Guid.NewGuid().ToString("N")[..6];
        await editor.Locator("#Input_Title").FillAsync(title);
        await editor.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Thời sự" });

        await editor.Locator(".ql-editor").ClickAsync();
        await editor.Locator(".ql-editor").EvaluateAsync("""
            (root, html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Nghị quyết Đại hội');
              root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, WordClipboard);
        await Expect(editor.Locator(".ql-editor li")).ToHaveCountAsync(2);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".flash")).ToHaveTextAsync("Đã lưu bản nháp.");

        var body = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.BodyHtml).SingleAsync());
        Assert.Contains("<strong>Nghị quyết Đại hội</strong> được quán triệt sâu rộng.", body);
        Assert.Contains("<ul><li>Xây dựng Đảng</li><li>Phát triển kinh tế</li></ul>", body);
        foreach (var residue in new[] { "mso", "style", "class", "<span", "<img", "file:", "·", "Times New Roman" })
        {
            Assert.DoesNotContain(residue, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>What Word 2016 puts on the clipboard for a bold coloured phrase, a two-item bulleted list and a picture.</summary>
    private const string WordClipboard = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta name=Generator content="Microsoft Word 15"><style><!--
        p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
        @list l0:level1 {mso-level-number-format:bullet; mso-level-text:\F0B7; mso-level-tab-stop:none;}
        --></style></head>
        <body lang=VI style='tab-interval:36.0pt'>
        <!--StartFragment--><p class=MsoNormal style='margin-bottom:0cm;line-height:150%'><b><span style='font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif;color:#C00000'>Nghị quyết Đại hội</span></b><span style='font-size:14.0pt;font-family:"Times New Roman",serif'> được quán triệt sâu rộng.<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span style='font-size:14.0pt'>Xây dựng Đảng<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span style='font-size:14.0pt'>Phát triển kinh tế<o:p></o:p></span></p>
        <p class=MsoNormal><span style='mso-no-proof:yes'><img width=200 height=100 src="file:///C:/Users/BBT/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" v:shapes="Picture_x0020_1"></span></p><!--EndFragment-->
        </body></html>
        """;

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
