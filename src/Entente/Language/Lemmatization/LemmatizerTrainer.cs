using System.Globalization;
using System.Text;
using Entente.Language.Conllu;

namespace Entente.Language.Lemmatization;

/// <summary>Builds the lemma exception list of <see cref="Lemmatizer"/> from CoNLL-U treebanks.</summary>
public static class LemmatizerTrainer
{
    /// <summary>
    /// Reads the gold lemmas of <paramref name="conlluPaths"/> and writes to <paramref name="outputPath"/> a
    /// TSV of the lemmas the suffix rules get wrong: for each (lower-cased form, UPOS) the most frequent lemma
    /// when it differs from the rule output, and for each (form, UPOS, XPOS) the most frequent lemma when it
    /// differs from what the lemmatizer would otherwise answer given the XPOS.
    /// </summary>
    /// <returns>The number of entries written.</returns>
    public static int Train(IEnumerable<string> conlluPaths, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(conlluPaths);
        ArgumentNullException.ThrowIfNull(outputPath);
        var byUpos = new Dictionary<(string Form, string Upos), LemmaCounts>();
        var byXpos = new Dictionary<(string Form, string Upos, string Xpos), LemmaCounts>();
        var sources = new List<string>();
        foreach (var path in conlluPaths)
        {
            sources.Add(Path.GetFileName(path));
            foreach (var sentence in ConlluReader.ReadFile(path))
            {
                foreach (var token in sentence.Tokens)
                {
                    if (token.Lemma == "_" || token.Form.Length == 0)
                    {
                        continue;
                    }

                    var form = token.Form.ToLowerInvariant();
                    Counts(byUpos, (form, token.Upos)).Add(token.Form, token.Lemma);
                    Counts(byXpos, (form, token.Upos, token.Xpos)).Add(token.Form, token.Lemma);
                }
            }
        }

        // The list is looked up case-insensitively, so an entry is kept when the rules miss the majority
        // lemma for any spelling seen ("i" and "I", "IRAN" and "Iran").
        var entries = new SortedSet<(string Form, string Upos, string Xpos, string Lemma)>();
        var uposLemmas = new Dictionary<(string Form, string Upos), string>();
        foreach (var ((form, upos), counts) in byUpos)
        {
            var lemma = counts.MostFrequent();
            if (counts.Spellings.Any(spelling => LemmaRules.Apply(spelling, upos, null) != lemma))
            {
                entries.Add((form, upos, "_", lemma));
                uposLemmas[(form, upos)] = lemma;
            }
        }

        foreach (var ((form, upos, xpos), counts) in byXpos)
        {
            var lemma = counts.MostFrequent();
            var learned = uposLemmas.GetValueOrDefault((form, upos));
            if (counts.Spellings.Any(spelling => (learned ?? LemmaRules.Apply(spelling, upos, xpos)) != lemma))
            {
                entries.Add((form, upos, xpos, lemma));
            }
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine("# Lemma exceptions for Entente's lemmatizer: form<TAB>upos<TAB>xpos or _<TAB>lemma.");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Learned from {string.Join(", ", sources)}; only lemmas the suffix rules get wrong."));
        writer.WriteLine("# Sources: UD English-EWT (CC BY-SA 4.0), UD English-GUM CC BY subset (CC BY 4.0). Rebuild: entente train lemmatizer.");
        foreach (var (form, upos, xpos, lemma) in entries)
        {
            writer.WriteLine($"{form}\t{upos}\t{xpos}\t{lemma}");
        }

        return entries.Count;
    }

    private static LemmaCounts Counts<TKey>(Dictionary<TKey, LemmaCounts> counts, TKey key)
        where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var lemmaCounts))
        {
            lemmaCounts = new LemmaCounts();
            counts.Add(key, lemmaCounts);
        }

        return lemmaCounts;
    }

    /// <summary>How often each lemma was given to one key, and the spellings of the key seen.</summary>
    private sealed class LemmaCounts
    {
        private readonly Dictionary<string, int> _lemmas = new(StringComparer.Ordinal);

        public HashSet<string> Spellings { get; } = new(StringComparer.Ordinal);

        public void Add(string spelling, string lemma)
        {
            Spellings.Add(spelling);
            _lemmas[lemma] = _lemmas.GetValueOrDefault(lemma) + 1;
        }

        /// <summary>The most frequent lemma; ties go to the ordinally smallest so that training is deterministic.</summary>
        public string MostFrequent()
        {
            string? best = null;
            var bestCount = 0;
            foreach (var (lemma, count) in _lemmas)
            {
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(lemma, best) < 0))
                {
                    best = lemma;
                    bestCount = count;
                }
            }

            return best!;
        }
    }
}
