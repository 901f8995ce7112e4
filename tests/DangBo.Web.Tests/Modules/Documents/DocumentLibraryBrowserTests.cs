using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>Staff register a resolution with its PDF; a reader finds it in the library by its filters and opens it.</summary>
public sealed class DocumentLibraryBrowserTests(BrowserAppFactory app, BrowserFixture browser) : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("DANGBO_SCREENSHOTS");

    [Fact]
    public async Task Staff_RegisterDocumentWithPdf_ReaderFiltersLibraryAndOpensIt()
    {
        var staff = await browser.NewPageAsync(app.RootUrl);
        await staff.GotoAsync("/dang-nhap");
        await staff.GetByLabel("Tên đăng nhập").FillAsync("bientap");
        await staff.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoSeeder.DemoPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(staff.Locator(".admin-user-name")).ToBeVisibleAsync();

        await staff.GotoAsync("/quan-tri/van-ban/them");
        var number = DocumentTestData.NextNumber();
        var summary = "Về phát triển kinh tế số tỉnh Sơn Hà " + Guid.NewGuid().ToString("N")[..6];
        await staff.GetByLabel("Số, ký hiệu").FillAsync($"{number}-NQ/TU");
        // The server reads the code and fills in the type and the issuer.
        await staff.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra số, ký hiệu và điền gợi ý" }).ClickAsync();
        await Expect(staff.Locator(".doc-suggestion")).ToContainTextAsync("Gợi ý loại: Nghị quyết");
        await Expect(staff.Locator("#Input_DocumentTypeId option:checked")).ToHaveTextAsync("Nghị quyết (NQ)");
        await staff.GetByLabel("Ngày ban hành").FillAsync("2026-03-12");
        await staff.GetByLabel("Trích yếu").FillAsync(summary);
        await staff.Locator("#Input_Field").FillAsync("Kinh tế số");
        await staff.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "Nghị quyết kinh tế số.pdf", MimeType = "application/pdf", Buffer = DocumentTestData.Pdf(summary) });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu văn bản" }).ClickAsync();
        await Expect(staff.Locator(".flash")).ToContainTextAsync($"Đã đăng ký văn bản {number}-NQ/TU");
        await Expect(staff.Locator(".doc-admin-files")).ToContainTextAsync("Nghị quyết kinh tế số.pdf");

        var reader = await browser.NewPageAsync(app.RootUrl);
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true }).ClickAsync();
        await reader.WaitForURLAsync("**/van-ban", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await reader.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Label = "Nghị quyết" });
        await reader.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Kinh tế số" });
        await reader.GetByLabel("Năm ban hành").SelectOptionAsync(new SelectOptionValue { Label = "2026" });
        await reader.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(reader.Locator(".doc-row")).ToHaveCountAsync(1);
        await reader.GetByRole(AriaRole.Link, new() { Name = $"{number}-NQ/TU" }).ClickAsync();

        await Expect(reader.Locator("h1")).ToHaveTextAsync($"Nghị quyết số {number}-NQ/TU");
        await Expect(reader.Locator(".doc-file")).ToContainTextAsync("Nghị quyết kinh tế số.pdf");
        await Expect(reader.Locator(".doc-file")).ToContainTextAsync("PDF");
        await Expect(reader.Locator(".doc-viewer iframe")).ToBeVisibleAsync();
        if (ScreenshotFolder is { Length: > 0 })
        {
            await reader.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "document-page.png"), FullPage = true });
        }
        await staff.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }
}
