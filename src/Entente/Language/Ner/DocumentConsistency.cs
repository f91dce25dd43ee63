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
    // Type of a span whose label is no entity (O) or of a type not in EntityTypes.All (kept as it is).
    private const int NoType = -1;
    private const int OtherType = -2;

    private static readonly Dictionary<string, int> LabelIds = EntityTypes.BioLabels.Select((label, id) => (label, id)).ToDictionary(p => p.label, p => p.id, StringComparer.Ordinal);

    /// <summary>Rewrites <paramref name="labels"/> (one BIO array per sentence of one document) in place.</summary>
    public static void Apply(IReadOnlyList<string[]> words, IReadOnlyList<string[]> labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);
        Apply(new ArrayDocument(words, labels));
    }

    /// <summary>Rewrites the <see cref="Token.Ner"/> labels of a document's sentences in place.</summary>
    public static void Apply(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Apply(new TokenDocument(sentences));
    }

    // Generic over the document's layout (a struct, so the accessors inline): the pipeline's tokens are rewritten
    // where they are, without copying every word and label of the document into arrays first.
    private static void Apply<TDocument>(TDocument document)
        where TDocument : ILabelledDocument
    {
        // Votes per name: one count per entity type (EntityTypes.All order). A one-word name is its own key, so only
        // names of several words build a string.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<(int Sentence, int First, int Last, int Type, string Text)>();
        var person = EntityTypes.IndexOf(EntityTypes.Person);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var length = document.Length(s);
            var start = -1;
            var type = NoType;
            for (var i = 0; i <= length; i++)
            {
                var (labelType, isInside) = i < length ? Read(document.Label(s, i)) : (NoType, false);
                if (type != NoType && (!isInside || labelType != type))
                {
                    AddSpan(document, s, start, i - 1, type, votes, surnames, spans, person);
                    type = NoType;
                }

                if (labelType != NoType && type == NoType)
                {
                    start = i;
                    type = labelType;
                }
            }
        }

        foreach (var (s, first, last, type, text) in spans)
        {
            var counts = votes[text];
            var winner = first == last && surnames.Contains(text) && IsMostlyPerson(counts, person) ? person : Majority(counts);
            if (winner >= 0 && winner != type)
            {
                document.SetLabel(s, first, EntityTypes.BioLabels[1 + (2 * winner)]);
                for (var i = first + 1; i <= last; i++)
                {
                    document.SetLabel(s, i, EntityTypes.BioLabels[2 + (2 * winner)]);
                }
            }
        }
    }

    private static (int Type, bool IsInside) Read(string? label)
    {
        if (label is null)
        {
            return (NoType, false);
        }

        if (LabelIds.TryGetValue(label, out var id))
        {
            return id == 0 ? (NoType, false) : ((id - 1) / 2, (id - 1) % 2 == 1);
        }

        // A label outside the BIO set of EntityTypes: a span of its own that is left alone.
        return label.Length > 2 && label[1] == '-' ? (OtherType, label[0] == 'I') : (NoType, false);
    }

    private static void AddSpan<TDocument>(TDocument document, int s, int first, int last, int type, Dictionary<string, int[]> votes, HashSet<string> surnames, List<(int, int, int, int, string)> spans, int person)
        where TDocument : ILabelledDocument
    {
        if (type < 0)
        {
            return;
        }

        string text;
        if (first == last)
        {
            text = document.Word(s, first);
        }
        else
        {
            var builder = new System.Text.StringBuilder();
            for (var i = first; i <= last; i++)
            {
                builder.Append(i > first ? " " : string.Empty).Append(document.Word(s, i));
            }

            text = builder.ToString();
        }

        spans.Add((s, first, last, type, text));
        if (!votes.TryGetValue(text, out var counts))
        {
            votes[text] = counts = new int[EntityTypes.All.Count];
        }

        counts[type]++;
        if (type == person && last > first && IsName(document.Word(s, last)))
        {
            surnames.Add(document.Word(s, last));
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

    private interface ILabelledDocument
    {
        int SentenceCount { get; }

        int Length(int sentence);

        string Word(int sentence, int token);

        string? Label(int sentence, int token);

        void SetLabel(int sentence, int token, string label);
    }

    private readonly struct ArrayDocument(IReadOnlyList<string[]> words, IReadOnlyList<string[]> labels) : ILabelledDocument
    {
        public int SentenceCount => labels.Count;

        public int Length(int sentence) => labels[sentence].Length;

        public string Word(int sentence, int token) => words[sentence][token];

        public string? Label(int sentence, int token) => labels[sentence][token];

        public void SetLabel(int sentence, int token, string label) => labels[sentence][token] = label;
    }

    private readonly struct TokenDocument(IReadOnlyList<Sentence> sentences) : ILabelledDocument
    {
        public int SentenceCount => sentences.Count;

        public int Length(int sentence) => sentences[sentence].Tokens.Length;

        public string Word(int sentence, int token) => sentences[sentence].Tokens[token].Text;

        public string? Label(int sentence, int token) => sentences[sentence].Tokens[token].Ner;

        public void SetLabel(int sentence, int token, string label) => sentences[sentence].Tokens[token].Ner = label;
    }
}
