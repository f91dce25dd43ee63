using Microsoft.Playwright;

namespace Entente.Server.Tests;

/// <summary>The web UI in headless Chromium over the demo data: the analyst's path and hostile article text.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class BrowserTests(SqliteServerFixture server)
{
    [ChromiumFact]
    public async Task TheOverviewDrawsTheNetworkAndTheMap()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(server.BaseAddress + "#/");

        await page.Locator("#network canvas").First.WaitForAsync();
        await page.Locator("#map canvas").First.WaitForAsync();
        (await page.Locator("table a.num").CountAsync()).ShouldBeGreaterThan(0);
        await browser.ScreenshotAsync("overview");
        browser.Errors.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task AnAnalystGoesFromAnActorToADyadToTheEvidenceSentence()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        // Given the actor list
        await page.GotoAsync(server.BaseAddress + "#/actors");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vladimir Putin", Exact = true }).First.ClickAsync();

        // When the analyst opens Putin, then the Russia–Iran relation
        await page.Locator("h1", new() { HasText = "Vladimir Putin" }).WaitForAsync();
        await page.Locator("section.profile").WaitForAsync();
        await browser.ScreenshotAsync("actor-putin");
        await page.GetByRole(AriaRole.Link, new() { Name = "RUS – IRN" }).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "RUS – IRN" }).WaitForAsync();
        await page.Locator("#timeline canvas").First.WaitForAsync();
        (await page.Locator(".briefing h2").TextContentAsync())!.ShouldContain("RUS");
        (await page.Locator(".briefing blockquote a").CountAsync()).ShouldBeGreaterThan(0);
        await browser.ScreenshotAsync("dyad-rus-irn");

        // and follows the event count down to the events and one event's sentence
        await page.Locator(".stats a.num").First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Events" }).WaitForAsync();
        (await page.Locator("td mark.trigger").CountAsync()).ShouldBeGreaterThan(0);
        await page.Locator("tbody tr td:nth-child(3) a").First.ClickAsync();

        // Then the evidence sentence is shown with source, trigger and target marked
        var evidence = page.Locator("#evidence");
        await evidence.WaitForAsync();
        var trigger = await evidence.Locator("mark.trigger").TextContentAsync();
        trigger.ShouldNotBeNullOrWhiteSpace();
        (await evidence.TextContentAsync())!.ShouldContain(trigger!);
        (await evidence.Locator("mark.source").CountAsync()).ShouldBe(1);
        var shot = await browser.ScreenshotAsync("evidence");
        new FileInfo(shot).Length.ShouldBeGreaterThan(10_000);
        browser.Errors.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task MarkupInAnArticleIsShownAsTextAndNeverRuns()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        var article = ServerFixture.HostileArticle;

        await page.GotoAsync(server.BaseAddress + $"#/article/{article.Id}");
        var text = page.Locator("#article-text");
        await text.WaitForAsync();

        (await text.TextContentAsync()).ShouldBe(article.Text);
        (await page.Locator("#article-title").TextContentAsync()).ShouldBe(article.Title);
        (await page.Locator("#view img").CountAsync()).ShouldBe(0);
        (await page.Locator("#view script").CountAsync()).ShouldBe(0);

        // The events table of the article shows the evidence sentences too, and they stay text as well.
        await page.GotoAsync(server.BaseAddress + $"#/events?article={article.Id}");
        await page.Locator("td mark.trigger").First.WaitForAsync();
        (await page.Locator("#view img").CountAsync()).ShouldBe(0);
        await browser.ScreenshotAsync("hostile-article");

        (await page.EvaluateAsync<string?>("() => window.__entente_xss ?? null")).ShouldBeNull();
        browser.Errors.ShouldBeEmpty();
    }
}
