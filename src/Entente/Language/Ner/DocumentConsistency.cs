namespace Entente.Language.Ner;

/// <summary>
/// Makes a document's entity labels agree with each other, as news names recur: a name tagged with several types
/// across the document takes the type most of its mentions have ("Pezeshkian" PER five times and LOC once → PER), and
/// a one-word entity that is the surname of a person named in full elsewhere in the document is a person too
/// ("Masoud Pezeshkian" … "Pezeshkian" tagged LOC). Sentence-level decoding cannot see either; this runs after it,
/// on BIO labels. It only retypes spans the recogniser found; it adds and removes none.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>Rewrites <paramref name="labels"/> (one BIO array per sentence of one document) in place.</summary>
    public static void Apply(IReadOnlyList<string[]> words, IReadOnlyList<string[]> labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);

        // Votes per name: one count per entity type (EntityTypes.All order). A one-word name is its own key, so only
        // names of several words build a string.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<(int Sentence, int First, int Last, int Type, string Text)>();
        var person = EntityTypes.IndexOf(EntityTypes.Person);
        for (var s = 0; s < labels.Count; s++)
        {
            foreach (var (first, last, typeName) in BioSpans.Read(labels[s]))
            {
                var type = EntityTypes.IndexOf(typeName);
                if (type < 0)
                {
                    continue;
                }

                var text = first == last ? words[s][first] : string.Join(' ', words[s], first, last - first + 1);
                spans.Add((s, first, last, type, text));
                if (!votes.TryGetValue(text, out var counts))
                {
                    votes[text] = counts = new int[EntityTypes.All.Count];
                }

                counts[type]++;
                if (type == person && last > first && IsName(words[s][last]))
                {
                    surnames.Add(words[s][last]);
                }
            }
        }

        foreach (var (s, first, last, type, text) in spans)
        {
            var counts = votes[text];
            var winner = first == last && surnames.Contains(text) && IsMostlyPerson(counts, person) ? person : Majority(counts);
            if (winner >= 0 && winner != type)
            {
                Relabel(labels[s], first, last, EntityTypes.All[winner]);
            }
        }
    }

    // The type with strictly more mentions than any other, or -1 on a tie.
    private static int Majority(int[] counts)
    {
        int best = -1, bestCount = 0, second = 0;
        for (var type = 0; type < counts.Length; type++)
        {
            if (counts[type] > bestCount)
            {
                second = bestCount;
                bestCount = counts[type];
                best = type;
            }
            else if (counts[type] > second)
            {
                second = counts[type];
            }
        }

        return bestCount > second ? best : -1;
    }

    // A word tagged one other type alone at least twice, and more often than PER, is not taken for a surname:
    // "Russia" of a table cell "President of Russia" tagged PER stays GPE where it stands alone.
    private static bool IsMostlyPerson(int[] counts, int person)
    {
        var other = 0;
        for (var type = 0; type < counts.Length; type++)
        {
            if (type != person)
            {
                other = Math.Max(other, counts[type]);
            }
        }

        return other < 2 || counts[person] >= other;
    }

    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]);

    private static void Relabel(string[] labels, int first, int last, string type)
    {
        labels[first] = "B-" + type;
        for (var i = first + 1; i <= last; i++)
        {
            labels[i] = "I-" + type;
        }
    }
}
