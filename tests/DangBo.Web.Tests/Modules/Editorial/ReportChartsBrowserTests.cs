using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DangBo.Web.Tests.Modules.Editorial;

/// <summary>The report's charts are drawn by chart.js under the site's strict content security policy.</summary>
public sealed class ReportChartsBrowserTests(BrowserAppFactory app, BrowserFixture browser) : IClassFixture<BrowserAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Report_DrawsAChartAboveEveryTable_WithoutBreakingThePolicy()
    {
        var page = await browser.NewPageAsync(app.RootUrl);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The site has no favicon yet; the browser's own request for one is not this page's concern.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add(message.Text + " " + message.Location);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync("truongbbt");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.Locator(".admin-user-name")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo thống kê" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo thống kê tin bài", Level = 1 })).ToBeVisibleAsync();
        var tables = await page.Locator("table[data-chart]").CountAsync();
        Assert.True(tables >= 1);
        await Expect(page.Locator("figure.chart canvas")).ToHaveCountAsync(tables);
        await Expect(page.Locator("table[data-chart-drawn]")).ToHaveCountAsync(tables);
        var box = await page.Locator("figure.chart canvas").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, "The chart has a size on the page.");
        Assert.True(problems.Count == 0, string.Join(" | ", problems));
    }
}
