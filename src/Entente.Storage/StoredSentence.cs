namespace Entente.Storage;

/// <summary>A stored sentence of an article (tokens are not stored).</summary>
/// <param name="Index">Position in the article, from 0.</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="IsHeadingOrList">True for a heading, bullet or table row rather than running prose.</param>
public sealed record StoredSentence(int Index, int Start, int End, string Text, bool IsHeadingOrList);
