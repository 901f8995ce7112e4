using Microsoft.Playwright;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from Debian's package, driven by Playwright (which cannot download browsers here).
/// One browser per test class; each test takes a fresh context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DANGBO_CHROMIUM") is { Length: > 0 } configured ? configured
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("Chromium is not installed. Run the tests with ./test.sh, which installs Debian's chromium package.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    public Task<IPage> NewPageAsync(string baseUrl) =>
        NewPageAsync(baseUrl, new ViewportSize { Width = 1280, Height = 900 }, phone: false);

    /// <summary>A page in a phone's browser: 390 px wide, touch.</summary>
    public Task<IPage> NewPhonePageAsync(string baseUrl) =>
        NewPageAsync(baseUrl, new ViewportSize { Width = 390, Height = 844 }, phone: true);

    private async Task<IPage> NewPageAsync(string baseUrl, ViewportSize viewport, bool phone)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
