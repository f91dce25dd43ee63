namespace Entente.Events.Lexicon;

/// <summary>One element of a verb pattern: a literal word, a synonym set, or an actor slot.</summary>
/// <param name="Kind">What the element matches.</param>
/// <param name="Value">The word or the synonym-set name (for words and sets).</param>
/// <param name="BeforeVerb">True when the element stands before the verb ("- TANK * …").</param>
public readonly record struct PatternElement(PatternElementKind Kind, string Value, bool BeforeVerb);
