using System.Globalization;

namespace Entente.Language.Ner;

/// <summary>Readers for token-per-line NER files and the label mappings of the corpora Entente uses.</summary>
public static class NerCorpus
{
    /// <summary>
    /// Reads a token-per-line BIO or IO file: CoNLL ("token TAG", -DOCSTART- lines), tab-separated
    /// ("token\tTAG"), or UNER iob2 ("index\ttoken\tTAG\t…" with "# sent_id = …" comments). Blank lines end
    /// sentences. <paramref name="mapType"/> maps each entity type (null drops it to O); labels come out as
    /// well-formed BIO.
    /// </summary>
    /// <exception cref="FormatException">On a line with a single column, naming the file and line.</exception>
    public static IEnumerable<NerSentence> Read(string path, Func<string, string?> mapType)
    {
        ArgumentNullException.ThrowIfNull(mapType);
        var words = new List<string>();
        var labels = new List<string>();
        string? id = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                {
                    yield return new NerSentence([.. words], BioSpans.Normalise(labels), id);
                }

                words.Clear();
                labels.Clear();
                id = null;
                continue;
            }

            if (line[0] == '#' && (line.Length == 1 || line[1] == ' ') && !line.Contains('\t', StringComparison.Ordinal))
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..].Trim();
                }

                continue;
            }

            var columns = line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                throw new FormatException($"{path}:{lineNumber}: expected a token and a tag, found '{line}'.");
            }

            var indexed = columns.Length >= 3 && int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            words.Add(indexed ? columns[1] : columns[0]);
            labels.Add(MapLabel(indexed ? columns[2] : columns[^1], mapType, path, lineNumber));
        }

        if (words.Count > 0)
        {
            yield return new NerSentence([.. words], BioSpans.Normalise(labels), id);
        }
    }

    /// <summary>Universal NER: PER, ORG, LOC kept; OTH and the stray "B-O" of the early train release dropped.</summary>
    public static string? UnerType(string type) => type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location ? type : null;

    /// <summary>CoNLL-2003 style (wikigold): PER, ORG, LOC kept; MISC kept as MISC for the caller to resolve.</summary>
    public static string? ConllType(string type) => type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location or "MISC" ? type : null;

    /// <summary>CrossNER politics: politician/person → PER, organisation/politicalparty → ORG, country → GPE, location → LOC.</summary>
    public static string? CrossNerType(string type) => type switch
    {
        "politician" or "person" => EntityTypes.Person,
        "organisation" or "politicalparty" => EntityTypes.Organization,
        "country" => EntityTypes.GeoPolitical,
        "location" => EntityTypes.Location,
        _ => null,
    };

    /// <summary>Any of the types Entente labels, unchanged; other types dropped. Also accepts the types above.</summary>
    public static string? AnyKnownType(string type) =>
        EntityTypes.IndexOf(type) >= 0 ? type : CrossNerType(type);

    private static string MapLabel(string tag, Func<string, string?> mapType, string path, int lineNumber)
    {
        // "0" for "O" is a known typo of wikigold (one line); "B-O" a stray tag of the early UNER train release.
        if (tag is "O" or "B-O" or "I-O" or "0")
        {
            return "O";
        }

        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            throw new FormatException($"{path}:{lineNumber}: '{tag}' is not a BIO tag.");
        }

        return mapType(tag[2..]) is { } type ? tag[..2] + type : "O";
    }
}
