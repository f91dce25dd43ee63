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
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<(int Sentence, int First, int Last, string Type, string Text)>();
        for (var s = 0; s < labels.Count; s++)
        {
            foreach (var (first, last, type) in BioSpans.Read(labels[s]))
            {
                var text = string.Join(' ', words[s][first..(last + 1)]);
                spans.Add((s, first, last, type, text));
                var counts = votes.TryGetValue(text, out var existing) ? existing : votes[text] = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[type] = counts.GetValueOrDefault(type) + 1;
                if (type == EntityTypes.Person && last > first && IsName(words[s][last]))
                {
                    surnames.Add(words[s][last]);
                }
            }
        }

        foreach (var (s, first, last, type, text) in spans)
        {
            var winner = Majority(votes[text]);
            if (first == last && surnames.Contains(text) && IsMostlyPerson(votes[text]))
            {
                winner = EntityTypes.Person;
            }

            if (winner is not null && winner != type)
            {
                Relabel(labels[s], first, last, winner);
            }
        }
    }

    // The type with strictly more mentions than any other, or null on a tie.
    private static string? Majority(Dictionary<string, int> counts)
    {
        string? best = null;
        int bestCount = 0, second = 0;
        foreach (var (type, count) in counts)
        {
            if (count > bestCount)
            {
                second = bestCount;
                bestCount = count;
                best = type;
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return bestCount > second ? best : null;
    }

    // A word tagged one other type alone at least twice, and more often than PER, is not taken for a surname:
    // "Russia" of a table cell "President of Russia" tagged PER stays GPE where it stands alone.
    private static bool IsMostlyPerson(Dictionary<string, int> counts)
    {
        var person = counts.GetValueOrDefault(EntityTypes.Person);
        var other = counts.Where(c => c.Key != EntityTypes.Person).Select(c => c.Value).DefaultIfEmpty(0).Max();
        return other < 2 || person >= other;
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
