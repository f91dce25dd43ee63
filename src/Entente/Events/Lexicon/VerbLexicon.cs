using System.Collections.Frozen;
using Entente.Pipeline;

namespace Entente.Events.Lexicon;

/// <summary>
/// Verbs and nouns that express events, with their CAMEO codes and patterns: the PETRARCH2 CAMEO verb
/// dictionary converted to data/verbs/*.tsv, overlaid by Entente's own data/verbs/curated.tsv.
/// Immutable once loaded; shared across threads.
/// </summary>
public sealed class VerbLexicon
{
    private static readonly Lazy<VerbLexicon> DefaultLexicon = new(() => Load(EntenteFiles.Resolve("data/verbs")));

    private readonly FrozenDictionary<string, VerbEntry[]> _verbsByForm;
    private readonly FrozenDictionary<string, VerbPattern[]> _patternsByBlock;
    private readonly FrozenDictionary<string, FrozenSet<string>> _synonymSets;
    private readonly FrozenDictionary<string, NounTrigger> _nounsByForm;

    private VerbLexicon(
        Dictionary<string, List<VerbEntry>> verbs,
        Dictionary<string, List<VerbPattern>> patterns,
        Dictionary<string, HashSet<string>> synonyms,
        Dictionary<string, NounTrigger> nouns)
    {
        _verbsByForm = verbs.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _patternsByBlock = patterns.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _synonymSets = synonyms.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _nounsByForm = nouns.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with Entente.</summary>
    public static VerbLexicon Default => DefaultLexicon.Value;

    /// <summary>Number of distinct verb forms indexed.</summary>
    public int VerbFormCount => _verbsByForm.Count;

    /// <summary>Number of patterns over all blocks.</summary>
    public int PatternCount => _patternsByBlock.Values.Sum(p => p.Length);

    /// <summary>The verb entries for a lower-case form or lemma ("met", "meet"); empty when none.</summary>
    public IReadOnlyList<VerbEntry> FindVerb(string lowerForm) =>
        _verbsByForm.TryGetValue(lowerForm, out var entries) ? entries : [];

    /// <summary>The patterns of a block, most specific first.</summary>
    public IReadOnlyList<VerbPattern> PatternsFor(string block) =>
        _patternsByBlock.TryGetValue(block, out var patterns) ? patterns : [];

    /// <summary>True when <paramref name="lowerWord"/> belongs to the synonym set (name with its leading &amp;).</summary>
    public bool InSynonymSet(string setName, string lowerWord) =>
        _synonymSets.TryGetValue(setName, out var set) && set.Contains(lowerWord);

    /// <summary>The nominal trigger for a lower-case noun form or lemma, or null.</summary>
    public NounTrigger? FindNoun(string lowerForm) => _nounsByForm.GetValueOrDefault(lowerForm);

    /// <summary>The two-word nominal trigger "<paramref name="modifier"/> <paramref name="noun"/>" ("military cooperation"), or null; allocates nothing.</summary>
    public NounTrigger? FindNoun(string modifier, string noun)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        ArgumentNullException.ThrowIfNull(noun);
        var length = modifier.Length + 1 + noun.Length;
        Span<char> key = length <= 128 ? stackalloc char[length] : new char[length];
        modifier.CopyTo(key);
        key[modifier.Length] = ' ';
        noun.CopyTo(key[(modifier.Length + 1)..]);
        return _nounsByForm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var trigger) ? trigger : null;
    }

    /// <summary>Loads the tables of a directory (verbs.tsv, patterns.tsv, synonyms.tsv, curated.tsv).</summary>
    public static VerbLexicon Load(string directory)
    {
        var verbs = new Dictionary<string, List<VerbEntry>>(StringComparer.Ordinal);
        var lemmaBlocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var patterns = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, NounTrigger>(StringComparer.Ordinal);

        void AddVerb(string block, string lemma, IEnumerable<string> forms, string code)
        {
            var words = lemma.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var particles = words.Length > 1 ? words[1..] : [];
            foreach (var form in forms.Append(lemma).Distinct(StringComparer.Ordinal))
            {
                var head = form.Split(' ', 2)[0];
                var list = GetOrAdd(verbs, head);
                if (!list.Any(v => v.Block == block && v.Lemma == lemma))
                {
                    list.Add(new VerbEntry(lemma, block, code, particles));
                }
            }

            var blocks = GetOrAdd(lemmaBlocks, lemma);
            if (!blocks.Contains(block))
            {
                blocks.Add(block);
            }
        }

        foreach (var row in ReadTsv(Path.Combine(directory, "verbs.tsv"), 4, hasHeader: true))
        {
            AddVerb(row[0], row[1], row[2].Split('|', StringSplitOptions.RemoveEmptyEntries), row[3]);
        }

        foreach (var row in ReadTsv(Path.Combine(directory, "patterns.tsv"), 5, hasHeader: true))
        {
            GetOrAdd(patterns, row[0]).Add(new VerbPattern(row[1], VerbPattern.Parse(row[1]), row[2], row[3], row[4]));
        }

        foreach (var row in ReadTsv(Path.Combine(directory, "synonyms.tsv"), 2, hasHeader: true))
        {
            var set = GetOrAdd(synonyms, row[0]);
            set.Add(row[1]);
            set.Add(Plural(row[1]));
        }

        foreach (var row in ReadTsv(Path.Combine(directory, "curated.tsv"), 7, hasHeader: false))
        {
            var (kind, lemma, forms, code, pattern, reverse) = (row[0], row[1], row[2].Split('|', StringSplitOptions.RemoveEmptyEntries), row[3], row[4], row[5]);
            switch (kind)
            {
                case "verb" when lemmaBlocks.ContainsKey(lemma):
                    if (code.Length > 0)
                    {
                        foreach (var form in forms.Append(lemma))
                        {
                            var list = GetOrAdd(verbs, form);
                            for (var i = 0; i < list.Count; i++)
                            {
                                if (list[i].Lemma == lemma)
                                {
                                    // "-": the verb codes only through its patterns ("hold talks", not "hold" = detain).
                                    list[i] = list[i] with { Code = code == "-" ? string.Empty : code };
                                }
                            }
                        }
                    }

                    break;
                case "verb":
                    AddVerb("ENTENTE:" + lemma, lemma, forms, code);
                    break;
                case "pattern":
                    var targets = lemmaBlocks.TryGetValue(lemma, out var known) ? known : ["ENTENTE:" + lemma];
                    foreach (var block in targets)
                    {
                        GetOrAdd(patterns, block).Add(new VerbPattern(pattern, VerbPattern.Parse(pattern), code, reverse, "entente"));
                    }

                    break;
                case "noun":
                    var required = pattern.Split('|', StringSplitOptions.RemoveEmptyEntries);
                    var trigger = new NounTrigger(lemma, code, required);
                    foreach (var form in forms.Append(lemma))
                    {
                        nouns[form] = trigger;
                    }

                    break;
                default:
                    throw new FormatException($"{Path.Combine(directory, "curated.tsv")}: unknown kind '{kind}'.");
            }
        }

        foreach (var list in patterns.Values)
        {
            // Most specific first, so the first match is the best. Among equals Entente's curated patterns come
            // first: they correct PETRARCH blocks whose pattern was written for another verb of the block ("lift *
            // sanction" as 0351, an intent, where lifting sanctions is the act itself, 085). Stable otherwise.
            var ordered = list.OrderByDescending(p => p.Specificity).ThenBy(p => p.Origin == "entente" ? 0 : 1).ToList();
            list.Clear();
            list.AddRange(ordered);
        }

        return new VerbLexicon(verbs, patterns, synonyms, nouns);
    }

    private static string Plural(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? word + "es"
        : word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ies"
        : word + "s";

    private static List<T> GetOrAdd<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static HashSet<string> GetOrAdd(Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        return set;
    }

    private static IEnumerable<string[]> ReadTsv(string path, int columns, bool hasHeader)
    {
        var lineNumber = 0;
        var skipHeader = hasHeader;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (skipHeader)
            {
                skipHeader = false;
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < columns)
            {
                Array.Resize(ref cells, columns);
                for (var i = 0; i < columns; i++)
                {
                    cells[i] ??= string.Empty;
                }
            }

            if (cells[0].Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: empty first column.");
            }

            yield return cells;
        }
    }
}
