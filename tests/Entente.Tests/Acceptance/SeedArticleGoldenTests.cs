using System.Text.Json;
using Entente.Serialization;

namespace Entente.Tests.Acceptance;

/// <summary>
/// Pins the seed article's whole extraction in a readable golden file. A change in output fails the test
/// and shows the difference; after a person has reviewed the new output, regenerate the file with
/// <c>ENTENTE_UPDATE_GOLDEN=1 dotnet test --filter SeedArticleGolden</c>.
/// </summary>
public sealed class SeedArticleGoldenTests
{
    private static readonly string GoldenPath = RepoPaths.InRepo("tests", "Entente.Tests", "Golden", "putin-meets-iran.json");

    [Fact]
    public void TheSeedArticlesExtractionMatchesTheReviewedGoldenFile()
    {
        var actual = Render();
        if (Environment.GetEnvironmentVariable("ENTENTE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual);
        }

        File.Exists(GoldenPath).ShouldBeTrue($"golden file missing: {GoldenPath}");
        var expected = File.ReadAllText(GoldenPath).ReplaceLineEndings("\n");
        if (actual != expected)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
            var line = first >= 0 ? first : Math.Min(expectedLines.Length, actualLines.Length);
            Assert.Fail($"Golden output differs at line {line + 1}:\n  expected: {expectedLines.ElementAtOrDefault(line)}\n  actual:   {actualLines.ElementAtOrDefault(line)}");
        }
    }

    /// <summary>A readable projection: what an analyst would check, one line per fact where possible.</summary>
    private static string Render()
    {
        var x = SeedArticle.Extraction;
        var text = SeedArticle.Text;
        var view = new
        {
            article = "samples/putin-meets-iran.txt",
            published = SeedArticle.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            events = x.Events.OrderBy(e => e.Trigger.Start).ThenBy(e => e.Source.Start).Select(e =>
                $"s{e.Sentence} {e.Cameo} {e.Source.Code}({e.Source.Text}) -> {e.Target?.Code ?? "-"}({e.Target?.Text ?? ""}) " +
                $"'{e.Trigger.Text}' {e.Modality.ToString().ToLowerInvariant()}{(e.Negated ? " negated" : "")} " +
                $"{e.Date ?? "no-date"}{(e.Location is null ? "" : " @" + e.Location.Name + "," + e.Location.Country)} [{e.Rule}]"),
            quotes = x.Quotes.Select(q => $"s{q.Sentence} \"{q.Text}\" — {q.Speaker?.Name ?? "(no speaker)"} {q.Speaker?.Code ?? ""}".TrimEnd()),
            actors = x.Mentions.GroupBy(m => (m.Actor.Code, m.Actor.Name)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
                .Select(g => $"{g.Key.Code} {g.Key.Name} ×{g.Count()}{(g.First().Actor.Role is { } role ? " (" + role + ")" : "")}"),
            entities = x.Document.Entities.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => text[e.Start..e.End]).Distinct().Order(StringComparer.Ordinal).ToArray()),
        };
        return JsonSerializer.Serialize(view, EntenteJson.Indented).ReplaceLineEndings("\n") + "\n";
    }
}
