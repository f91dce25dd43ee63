namespace Entente.Server.Tests;

/// <summary>
/// A browser test: needs Debian's Chromium at <see cref="BrowserSession.ChromiumPath"/>. Without it the test is
/// skipped on a developer's machine, but runs and fails in CI (<c>CI=true</c>), so CI never passes by leaving the
/// browser out.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(BrowserSession.ChromiumPath) && !inCi)
        {
            Skip = $"Browser tests need Chromium at {BrowserSession.ChromiumPath} (apt-get install chromium).";
        }
    }
}
