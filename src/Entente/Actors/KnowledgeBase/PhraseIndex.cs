using Entente.Language;

namespace Entente.Actors.KnowledgeBase;

/// <summary>
/// Phrases keyed by their first word, each key's candidates longest first (then by priority), so that matching at
/// a token costs one hash lookup on the token's text (no allocation) and a few word comparisons.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<Phrase<T>>> _building = new(NameKeyComparer.Instance);
    private Dictionary<string, Phrase<T>[]> _frozen = new(NameKeyComparer.Instance);
    private int _count;

    public int Count => _count;

    public void Add(string[] words, WordCase[] cases, T value, int priority)
    {
        if (!_building.TryGetValue(words[0], out var list))
        {
            list = [];
            _building.Add(words[0], list);
        }

        list.Add(new Phrase<T>(words, cases, value, priority, _count++));
    }

    /// <summary>Sorts the candidates and switches to the read-only form used for matching.</summary>
    public void Freeze()
    {
        _frozen = new Dictionary<string, Phrase<T>[]>(_building.Count, NameKeyComparer.Instance);
        foreach (var (key, list) in _building)
        {
            var candidates = list.ToArray();
            Array.Sort(candidates, CompareForMatching);
            _frozen.Add(key, candidates);
        }

        _building.Clear();
    }

    /// <summary>Longest first, then higher priority, then in the order added.</summary>
    private static int CompareForMatching(Phrase<T> x, Phrase<T> y)
    {
        var byLength = y.Words.Length.CompareTo(x.Words.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var byPriority = y.Priority.CompareTo(x.Priority);
        return byPriority != 0 ? byPriority : x.Order.CompareTo(y.Order);
    }

    /// <summary>The phrases whose first word is the token's text.</summary>
    public ReadOnlySpan<Phrase<T>> Candidates(ReadOnlySpan<char> firstToken) =>
        _frozen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(firstToken, out var candidates) ? candidates : [];

    /// <summary>For a token with a possessive ("Iran's"), the phrases whose first word is the token without it.</summary>
    public ReadOnlySpan<Phrase<T>> PossessiveCandidates(ReadOnlySpan<char> firstToken) =>
        WithoutPossessive(firstToken, out var stem) ? Candidates(stem) : [];

    /// <summary>Whether the phrase matches the tokens from <paramref name="start"/>.</summary>
    public static bool Matches(Phrase<T> phrase, ReadOnlySpan<Token> tokens, int start)
    {
        var words = phrase.Words;
        if (words.Length > tokens.Length - start)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            ReadOnlySpan<char> text = tokens[start + w].Text;
            if (!NameKeyComparer.SpansEqual(text, words[w])
                && !(w == words.Length - 1 && WithoutPossessive(text, out var stem) && NameKeyComparer.SpansEqual(stem, words[w])))
            {
                return false;
            }

            if (!HasCase(text, phrase.Cases[w]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCase(ReadOnlySpan<char> text, WordCase wordCase)
    {
        switch (wordCase)
        {
            case WordCase.Capitalised:
                foreach (var c in text)
                {
                    if (char.IsLetter(c))
                    {
                        return char.IsUpper(c);
                    }
                }

                return true;
            case WordCase.AllCapitals:
                foreach (var c in text)
                {
                    if (char.IsLetter(c) && !char.IsUpper(c))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool WithoutPossessive(ReadOnlySpan<char> text, out ReadOnlySpan<char> stem)
    {
        if (text.Length > 2 && (text[^1] == 's' || text[^1] == 'S') && (text[^2] == '\'' || text[^2] == '\u2019'))
        {
            stem = text[..^2];
            return true;
        }

        stem = default;
        return false;
    }
}
