namespace Entente.Language.Tokenization;

/// <summary>Offsets of one token in the article text, before its text is cut out.</summary>
internal readonly record struct TokenSpan(int Start, int End)
{
    public int Length => End - Start;
}
