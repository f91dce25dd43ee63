namespace Entente.Language;

/// <summary>A sentence of an article: its span in the article text and its tokens.</summary>
public sealed class Sentence
{
    /// <summary>Creates a sentence.</summary>
    public Sentence(int index, int start, int end, Token[] tokens)
    {
        Index = index;
        Start = start;
        End = end;
        Tokens = tokens;
    }

    /// <summary>Position of the sentence in its article, from 0.</summary>
    public int Index { get; }

    /// <summary>Offset of the first character in the article text.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character in the article text.</summary>
    public int End { get; }

    /// <summary>The tokens; stages fill in tags, heads and entity labels in place.</summary>
    public Token[] Tokens { get; }

    /// <summary>True for a line that is a heading, a bullet or a table row rather than running prose.</summary>
    public bool IsHeadingOrList { get; init; }

    /// <summary>The sentence text, cut from the article text.</summary>
    public string TextOf(string articleText) => articleText[Start..End];
}
