namespace Entente.Events.Lexicon;

/// <summary>A noun that names an event ("meeting", "sanctions", "airstrike").</summary>
/// <param name="Lemma">Dictionary form, lower case; may be two words ("military cooperation").</param>
/// <param name="Code">CAMEO code.</param>
/// <param name="RequiredWords">Words of which one must appear among the noun's dependents (e.g. weapons for "transfer"); empty when none is needed.</param>
public sealed record NounTrigger(string Lemma, string Code, IReadOnlyList<string> RequiredWords);
