namespace Entente.Language;

#pragma warning disable CA1051 // Fields, not properties: stages write them through ref without copies.

/// <summary>
/// One token of a sentence. A mutable struct held in an array so that the tagger, parser and NER can fill
/// their fields in place (<c>ref tokens[i]</c>) without allocating per token.
/// </summary>
public struct Token
{
    /// <summary>Offset of the first character in the article text.</summary>
    public int Start;

    /// <summary>Offset one past the last character in the article text.</summary>
    public int End;

    /// <summary>The token as written (may be normalised, e.g. curly quotes kept as they are).</summary>
    public string Text;

    /// <summary>Dictionary form ("met" → "meet").</summary>
    public string? Lemma;

    /// <summary>Universal POS tag (NOUN, VERB, PROPN, …).</summary>
    public string? Upos;

    /// <summary>Penn Treebank tag (NN, VBD, NNP, …).</summary>
    public string? Xpos;

    /// <summary>Index of the head token within the sentence (0-based), or -1 for the root.</summary>
    public int Head;

    /// <summary>Universal Dependencies relation to the head (nsubj, obj, obl, …).</summary>
    public string? DepRel;

    /// <summary>Entity tag in BIO form (B-PER, I-GPE, O), when NER has run.</summary>
    public string? Ner;

    /// <summary>Creates a token covering <paramref name="start"/>..<paramref name="end"/> of the article text.</summary>
    public Token(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
        Head = -1;
    }

    /// <inheritdoc />
    public override readonly string ToString() => Text;
}
