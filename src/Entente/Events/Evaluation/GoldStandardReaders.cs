using System.Text.Json;

namespace Entente.Events.Evaluation;

/// <summary>Readers for the gold standards Entente is scored on.</summary>
public static class GoldStandardReaders
{
    // PLOVER 2016 names still used by the gold records, mapped to the current 16 types.
    private static readonly Dictionary<string, string> LegacyPloverTypes = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    /// <summary>Normalises a PLOVER type name to the current ontology.</summary>
    public static string NormalisePloverType(string type) => LegacyPloverTypes.GetValueOrDefault(type, type);

    /// <summary>Reads the PLOVER gold-standard records (one JSON array; the DOCUMENT header is skipped).</summary>
    public static IReadOnlyList<GoldEvent> ReadPloverGsr(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var records = new List<GoldEvent>();
        foreach (var element in json.RootElement.EnumerateArray())
        {
            var type = element.GetProperty("event").GetString() ?? string.Empty;
            if (type == "DOCUMENT" || !element.TryGetProperty("text", out var text))
            {
                continue;
            }

            var sources = Countries(element, "source");
            var targets = Countries(element, "target");
            records.Add(new GoldEvent(
                element.GetProperty("id").GetString() ?? string.Empty,
                text.GetString() ?? string.Empty,
                NormalisePloverType(type),
                sources,
                targets,
                Mutual: targets.Length == 0 && sources.Length >= 2 && Markup(element).Contains("(SRC/TAR:", StringComparison.Ordinal)));
        }

        return records;
    }

    /// <summary>Reads ConfliBERT's sentence classification file: sentence TAB class (0–4).</summary>
    public static IReadOnlyList<(string Sentence, int Class)> ReadConflibertClasses(string path)
    {
        var rows = new List<(string, int)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab < 0 || !int.TryParse(line.AsSpan(tab + 1), out var label) || label is < 0 or > 4)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'sentence<TAB>class 0-4'.");
            }

            rows.Add((line[..tab], label));
        }

        return rows;
    }

    /// <summary>Reads ConfliBERT's source/target span file: "token TAG" lines (B-/I- S, T, R), blank lines between sentences.</summary>
    public static IReadOnlyList<SpanSentence> ReadConflibertSpans(string path)
    {
        var sentences = new List<SpanSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new SpanSentence([.. tokens], [.. tags]));
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'token TAG'.");
            }

            tokens.Add(line[..space]);
            tags.Add(line[(space + 1)..]);
        }

        return sentences;
    }

    private static string Markup(JsonElement record) =>
        record.TryGetProperty("textInfo", out var info) && info.ValueKind == JsonValueKind.Object
        && info.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String ? markup.GetString() ?? string.Empty : string.Empty;

    private static string[] Countries(JsonElement record, string side)
    {
        if (!record.TryGetProperty(side, out var actors) || actors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return actors.EnumerateArray()
            .Select(a => a.TryGetProperty("code", out var code) ? code.GetString() : null)
            .Where(c => !string.IsNullOrWhiteSpace(c) && c!.Length == 3 && c.All(char.IsUpper))
            .Select(c => ActorCountry.Of(c!))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
