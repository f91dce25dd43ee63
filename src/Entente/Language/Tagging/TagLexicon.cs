using Entente.Language.Perceptron;

namespace Entente.Language.Tagging;

/// <summary>
/// The ambiguity class of frequent words: the set of UPOS tags each was seen with in training, as a bit mask.
/// Looking up the classes of the next words gives the greedy left-to-right tagger a view of the right context.
/// </summary>
internal sealed class TagLexicon
{
    private const int ExactTemplate = 1;
    private const int LowercaseTemplate = 2;
    private readonly Dictionary<ulong, int> _classes;

    private TagLexicon(Dictionary<ulong, int> classes) => _classes = classes;

    /// <summary>Number of entries (exact and lowercased forms).</summary>
    public int Count => _classes.Count;

    /// <summary>
    /// Builds the lexicon from training sentences: words seen at least <paramref name="minCount"/> times, so that
    /// rare words are as unknown in training as unseen words are at run time.
    /// </summary>
    public static TagLexicon Build(IEnumerable<TaggedSentence> sentences, IReadOnlyList<string> uposTags, int minCount = 3)
    {
        var bits = uposTags.Select((tag, i) => (tag, i)).ToDictionary(p => p.tag, p => p.i, StringComparer.Ordinal);
        var counts = new Dictionary<ulong, (int Count, int Mask)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var label = sentence.Labels[i];
                var bar = label.IndexOf('|', StringComparison.Ordinal);
                var bit = 1 << (bits[bar < 0 ? label : label[..bar]] % 31);
                foreach (var key in new[] { new FeatureHash(ExactTemplate).Add(sentence.Words[i]).Value, new FeatureHash(LowercaseTemplate).Add(sentence.Words[i], lowercase: true).Value })
                {
                    var current = counts.GetValueOrDefault(key);
                    counts[key] = (current.Count + 1, current.Mask | bit);
                }
            }
        }

        return new TagLexicon(counts.Where(p => p.Value.Count >= minCount).ToDictionary(p => p.Key, p => p.Value.Mask));
    }

    /// <summary>The class of a word (exact spelling first, then lowercased), 0 when unknown.</summary>
    public int ClassOf(ReadOnlySpan<char> word) =>
        _classes.TryGetValue(new FeatureHash(ExactTemplate).Add(word).Value, out var exact) ? exact
        : _classes.GetValueOrDefault(new FeatureHash(LowercaseTemplate).Add(word, lowercase: true).Value);

    /// <summary>
    /// The class of every word of a sentence: the tagger's features read each position's class up to four times (as
    /// the word, the previous and the next two), so a sentence is looked up once.
    /// </summary>
    public void ClassesOf(ReadOnlySpan<string> words, Span<int> classes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            classes[i] = ClassOf(words[i]);
        }
    }

    /// <summary>Writes the entries, sorted so that equal lexicons give equal bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var (key, mask) in _classes.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(mask);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static TagLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            classes[reader.ReadUInt64()] = reader.ReadInt32();
        }

        return new TagLexicon(classes);
    }
}
