using Microsoft.Playwright;

namespace Entente.Server.Tests;

/// <summary>Headless Debian Chromium driven by Playwright, with every page error and console error recorded.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Where Debian installs Chromium; Playwright is never allowed to download a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, error) => Errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            // Refused API calls are the API tests' business (the UI shows 404s and 501s as such); the rest is a bug.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Errors.Add("console error: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                Errors.Add($"{response.Status} for {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            // An alert() from article text would be an executed script.
            Errors.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Script errors, console errors and dialogs seen so far.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Launches Chromium headless with the flags a shared CI machine needs.</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        File.Exists(ChromiumPath).ShouldBeTrue($"Chromium is missing at {ChromiumPath}: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        page.SetDefaultTimeout(30_000);
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Saves a full-page screenshot under the test output's <c>artifacts/</c> folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
