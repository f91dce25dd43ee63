using System.Collections.Frozen;
using Entente.Pipeline;

namespace Entente.Language.Lemmatization;

/// <summary>
/// Gives the dictionary form of a word from its part of speech: first from an exception list learned from
/// treebank lemmas ("met"/VERB → "meet", "better"/ADJ → "good"), then by English suffix rules for words the
/// list does not hold. Thread-safe; load once and share.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Where the exception list ships, relative to the repository root or the executable.</summary>
    public const string DefaultPath = "data/lemmas/en-lemma-exceptions.tsv";

    /// <summary>Exceptions by lower-cased form; looked up case-insensitively so that no lower-cased copy is made.</summary>
    private readonly FrozenDictionary<string, LemmaException[]> _exceptions;

    private Lemmatizer(FrozenDictionary<string, LemmaException[]> exceptions) => _exceptions = exceptions;

    /// <summary>A lemmatizer with no exceptions: suffix rules only.</summary>
    public static Lemmatizer RulesOnly { get; } = new(FrozenDictionary<string, LemmaException[]>.Empty);

    /// <summary>Loads the exception list shipped with Entente (<see cref="DefaultPath"/>).</summary>
    public static Lemmatizer LoadDefault() => Load(EntenteFiles.Resolve(DefaultPath));

    /// <summary>Loads an exception list written by <see cref="LemmatizerTrainer.Train"/>.</summary>
    /// <exception cref="FormatException">When a line is not "form TAB upos TAB xpos-or-_ TAB lemma".</exception>
    public static Lemmatizer Load(string path)
    {
        var exceptions = new Dictionary<string, List<LemmaException>>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 4 || columns[0].Length == 0 || columns[1].Length == 0 || columns[3].Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'form<TAB>upos<TAB>xpos or _<TAB>lemma', found '{line}'.");
            }

            if (!exceptions.TryGetValue(columns[0], out var list))
            {
                list = [];
                exceptions.Add(columns[0], list);
            }

            list.Add(new LemmaException(columns[1], columns[2] == "_" ? null : columns[2], columns[3]));
        }

        return new Lemmatizer(exceptions.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Number of exception entries loaded.</summary>
    public int ExceptionCount => _exceptions.Values.Sum(entries => entries.Length);

    /// <summary>The lemma of <paramref name="word"/> used as <paramref name="upos"/> (a Universal POS tag).</summary>
    public string Lemmatize(string word, string upos) => Lemmatize(word, upos, null);

    /// <summary>
    /// The lemma of <paramref name="word"/> used as <paramref name="upos"/>; the Penn Treebank tag
    /// <paramref name="xpos"/> (VBD, NNS, JJR, …), when known, picks the inflection the suffix rules undo.
    /// </summary>
    public string Lemmatize(string word, string upos, string? xpos)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(upos);
        if (_exceptions.TryGetValue(word, out var entries))
        {
            string? byUpos = null;
            foreach (var entry in entries)
            {
                if (entry.Upos != upos)
                {
                    continue;
                }

                if (entry.Xpos is null)
                {
                    byUpos = entry.Lemma;
                }
                else if (entry.Xpos == xpos)
                {
                    return entry.Lemma;
                }
            }

            if (byUpos is not null)
            {
                return byUpos;
            }
        }

        return LemmaRules.Apply(word, upos, xpos);
    }

    /// <summary>One learned lemma: for a form used as <paramref name="Upos"/> (and, if set, <paramref name="Xpos"/>).</summary>
    private sealed record LemmaException(string Upos, string? Xpos, string Lemma);
}
