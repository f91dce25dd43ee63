namespace Entente.Language;

/// <summary>A named-entity span found by NER (labels PER, ORG, GPE, LOC, NORP, DATE, …).</summary>
/// <param name="Text">The span's text.</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset one past the last character in the article text.</param>
/// <param name="Label">The entity label.</param>
/// <param name="Sentence">Index of the sentence that holds it.</param>
/// <param name="FirstToken">Index of its first token in that sentence.</param>
/// <param name="LastToken">Index of its last token in that sentence (inclusive).</param>
public sealed record EntitySpan(string Text, int Start, int End, string Label, int Sentence, int FirstToken, int LastToken);
