namespace Entente.Language.Tokenization;

/// <summary>Turns token spans into numbered <see cref="Sentence"/> objects, cutting token texts from the article.</summary>
internal sealed class SentenceBuilder
{
    private readonly string _text;
    private int _nextIndex;

    public SentenceBuilder(string text, int firstIndex)
    {
        _text = text;
        _nextIndex = firstIndex;
    }

    /// <summary>The sentences built so far, in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Adds a sentence of all <paramref name="tokens"/>.</summary>
    public void Add(List<TokenSpan> tokens, bool isHeadingOrList) =>
        Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), isHeadingOrList);

    /// <summary>Adds a sentence of <paramref name="tokens"/>; nothing when empty.</summary>
    public void Add(ReadOnlySpan<TokenSpan> tokens, bool isHeadingOrList)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        var array = new Token[tokens.Length];
        var text = _text.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            var (start, end) = tokens[i];
            array[i] = new Token(TokenTextCache.Get(text[start..end]), start, end);
        }

        Sentences.Add(new Sentence(_nextIndex++, tokens[0].Start, tokens[^1].End, array) { IsHeadingOrList = isHeadingOrList });
    }
}
