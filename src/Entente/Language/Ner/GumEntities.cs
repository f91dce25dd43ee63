using System.Globalization;
using Entente.Language.Conllu;

namespace Entente.Language.Ner;

/// <summary>
/// Named-entity spans from the GUM treebank's coreference mentions (MISC <c>Entity=</c>). GUM marks every mention
/// (pronouns, common nouns, names) with a type; only names become spans here: a person / organization / place
/// mention headed by a proper noun gives the run of proper nouns around its head (with "of", "and", "&amp;", "the"
/// allowed between two proper nouns), so "the University of Chicago" gives ORG "University of Chicago" while
/// "citizens of San Francisco" (headed by "citizens") gives nothing and its nested place mention gives LOC.
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

    /// <summary>
    /// The name a mention is built on, or null when it is not a named mention: the run of proper nouns around the
    /// mention's syntactic head (its one token attached outside the mention), with connectors between two proper
    /// nouns, and for people without a leading title ("Dr.", "President"), as UNER and CoNLL annotate names. Proper
    /// nouns are read from XPOS (NNP, NNPS) as well as UPOS, since GUM tags "United" in "United States" VERB/NNP.
    /// </summary>
    private static (int First, int Last)? NameWithin(IReadOnlyList<ConlluToken> tokens, Mention mention)
    {
        var head = -1;
        for (var i = mention.First; i <= mention.Last; i++)
        {
            var parent = tokens[i].Head;
            if (parent < mention.First || parent > mention.Last)
            {
                if (head >= 0)
                {
                    return null; // not a single constituent: no clear head
                }

                head = i;
            }
        }

        if (head < 0 || !IsProper(tokens[head]))
        {
            return null;
        }

        var first = head;
        while (first > mention.First && (IsProper(tokens[first - 1]) || (first - 2 >= mention.First && IsConnector(tokens[first - 1], mention) && IsProper(tokens[first - 2]))))
        {
            first--;
        }

        var last = head;
        while (last < mention.Last && (IsProper(tokens[last + 1]) || (last + 2 <= mention.Last && IsConnector(tokens[last + 1], mention) && IsProper(tokens[last + 2]))))
        {
            last++;
        }

        if (mention.Type == "person")
        {
            while (first <= last && Titles.Contains(tokens[first].Form))
            {
                first++;
            }
        }

        return first <= last ? (first, last) : null; // a title alone ("Emperor of the United States") is no name
    }

    // "and" coordinating two names ("Putin and Pezeshkian", a group mention) ends the name, unless the mention's
    // identity (its Wikipedia name) has the "and" in it: "Bosnia_and_Herzegovina", "Procter_&_Gamble".
    private static bool IsConnector(ConlluToken token, Mention mention) =>
        Connectors.Contains(token.Form) && (token.Form is not ("and" or "&") || (mention.Identity?.Contains($"_{token.Form}_", StringComparison.OrdinalIgnoreCase) ?? false));

    private static bool IsProper(ConlluToken token) =>
        token.Upos == "PROPN" || token.Xpos is "NNP" or "NNPS";

    // Titles that precede a person's name and are not part of it under the UNER/CoNLL convention.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
        "President", "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "Pope", "Saint", "Rev", "Rev.", "Reverend",
        "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Major", "Maj.",
        "Senator", "Sen.", "Governor", "Gov.", "Representative", "Rep.", "Mayor", "Judge", "Justice", "Chancellor", "Minister",
        "Prime", "Secretary", "Chairman", "Bishop", "Archbishop", "Cardinal", "Father", "Sister", "Brother", "Sheikh", "Ayatollah",
    };

    /// <summary>The mentions opened and closed within the sentence (brackets left open at its end are ignored).</summary>
    private static List<Mention> Mentions(ConlluSentence sentence, string path)
    {
        var mentions = new List<Mention>();
        var open = new List<(string Id, string Type, int[] MinSpan, int First, string? Identity)>();
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
                        mentions.Add(new Mention(fields[1], minSpan, i, i, IdentityOf(fields)));
                        at = end + 1;
                    }
                    else
                    {
                        open.Add((fields[0], fields[1], minSpan, i, IdentityOf(fields)));
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
                        mentions.Add(new Mention(opened.Type, opened.MinSpan, opened.First, i, opened.Identity));
                    }

                    at = close + 1;
                }
            }
        }

        return mentions;
    }

    // Fields: GRP-etype-infstat-salience-centering-minspan-link-identity; the identity may itself hold hyphens.
    private static string? IdentityOf(string[] fields) => fields.Length > 7 ? string.Join('-', fields[7..]) : null;

    private sealed record Mention(string Type, int[] MinSpan, int First, int Last, string? Identity);
}
