using System.Globalization;
using Entente.Language.Conllu;

namespace Entente.Language.Ner;

/// <summary>
/// Named-entity spans from the GUM treebank's coreference mentions (MISC <c>Entity=</c>). GUM marks every mention
/// (pronouns, common nouns, names) with a type; only names become spans here: inside a person / organization /
/// place mention, the run of proper nouns around the mention's minimal span (with "of", "and", "&amp;", "the"
/// allowed between two proper nouns), so "the University of Chicago" gives ORG "University of Chicago".
/// The outermost named mention wins over the mentions nested in it; other types (events, objects…) stay O.
/// </summary>
public static class GumEntities
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "&", "the", "for", "de" };

    /// <summary>Reads a GUM CoNLL-U file as NER sentences with PER, ORG and LOC spans.</summary>
    /// <exception cref="FormatException">On a malformed <c>Entity=</c> value, naming the file and sentence.</exception>
    public static IEnumerable<NerSentence> Read(string path)
    {
        foreach (var sentence in ConlluReader.ReadFile(path))
        {
            yield return ToNer(sentence, path);
        }
    }

    /// <summary>The entity type for a GUM mention type, or null when it does not name a PER/ORG/LOC entity.</summary>
    public static string? TypeOf(string gumType) => gumType switch
    {
        "person" => EntityTypes.Person,
        "organization" => EntityTypes.Organization,
        "place" => EntityTypes.Location,
        _ => null,
    };

    private static NerSentence ToNer(ConlluSentence sentence, string path)
    {
        var tokens = sentence.Tokens;
        var labels = Enumerable.Repeat("O", tokens.Count).ToArray();
        var mentions = Mentions(sentence, path)
            .Where(m => TypeOf(m.Type) is not null)
            .OrderByDescending(m => m.Last - m.First)
            .ThenBy(m => m.First);
        foreach (var mention in mentions)
        {
            if (NameWithin(tokens, mention) is not var (first, last) || labels.AsSpan(first, last - first + 1).ContainsAnyExcept("O"))
            {
                continue;
            }

            var type = TypeOf(mention.Type)!;
            for (var i = first; i <= last; i++)
            {
                labels[i] = (i == first ? "B-" : "I-") + type;
            }
        }

        return new NerSentence([.. tokens.Select(t => t.Form)], labels, sentence.Id);
    }

    /// <summary>The proper-noun run of a mention that covers a token of its minimal span, or null.</summary>
    private static (int First, int Last)? NameWithin(IReadOnlyList<ConlluToken> tokens, Mention mention)
    {
        foreach (var offset in mention.MinSpan)
        {
            var head = mention.First + offset - 1;
            if (head > mention.Last || tokens[head].Upos != "PROPN")
            {
                continue;
            }

            var first = head;
            while (first > mention.First && (tokens[first - 1].Upos == "PROPN" || (first - 2 >= mention.First && Connectors.Contains(tokens[first - 1].Form) && tokens[first - 2].Upos == "PROPN")))
            {
                first--;
            }

            var last = head;
            while (last < mention.Last && (tokens[last + 1].Upos == "PROPN" || (last + 2 <= mention.Last && Connectors.Contains(tokens[last + 1].Form) && tokens[last + 2].Upos == "PROPN")))
            {
                last++;
            }

            return (first, last);
        }

        return null;
    }

    /// <summary>The mentions opened and closed within the sentence (brackets left open at its end are ignored).</summary>
    private static List<Mention> Mentions(ConlluSentence sentence, string path)
    {
        var mentions = new List<Mention>();
        var open = new List<(string Id, string Type, int[] MinSpan, int First)>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].MiscValue("Entity") is not { } value)
            {
                continue;
            }

            var at = 0;
            while (at < value.Length)
            {
                if (value[at] == '(')
                {
                    var end = value.IndexOfAny(['(', ')'], at + 1);
                    var body = value[(at + 1)..(end < 0 ? value.Length : end)];
                    var fields = body.Split('-');
                    if (fields.Length < 6)
                    {
                        throw new FormatException($"{path}: sentence {sentence.Id}: malformed Entity mention '{body}'.");
                    }

                    var minSpan = fields[5].Split(',').Select(f => int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0).Where(k => k > 0).ToArray();
                    if (end >= 0 && value[end] == ')')
                    {
                        mentions.Add(new Mention(fields[1], minSpan, i, i));
                        at = end + 1;
                    }
                    else
                    {
                        open.Add((fields[0], fields[1], minSpan, i));
                        at = end < 0 ? value.Length : end;
                    }
                }
                else
                {
                    var close = value.IndexOf(')', at);
                    if (close < 0)
                    {
                        throw new FormatException($"{path}: sentence {sentence.Id}: malformed Entity value '{value}'.");
                    }

                    var id = value[at..close];
                    var index = open.FindLastIndex(o => o.Id == id);
                    if (index >= 0)
                    {
                        var opened = open[index];
                        open.RemoveAt(index);
                        mentions.Add(new Mention(opened.Type, opened.MinSpan, opened.First, i));
                    }

                    at = close + 1;
                }
            }
        }

        return mentions;
    }

    private sealed record Mention(string Type, int[] MinSpan, int First, int Last);
}
