namespace Entente.Events.Evaluation;

/// <summary>A hand-coded sentence of a gold standard: its text, event type and the countries of its sides.</summary>
/// <param name="Id">The record's id in the gold file.</param>
/// <param name="Text">The sentence.</param>
/// <param name="PloverType">The PLOVER type, normalised to the current 16 types.</param>
/// <param name="Sources">Source country codes (ISO3, or IGO/NGO/IMG for non-state actors); may be empty.</param>
/// <param name="Targets">Target country codes; may be empty.</param>
/// <param name="Mutual">
/// The sides are marked SRC/TAR (a compound actor acting with each other: "Bosnia and Slovenia agreed to a
/// ceasefire"): each source is also the target of the others, which is how the coder writes mutual acts.
/// </param>
public sealed record GoldEvent(string Id, string Text, string PloverType, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, bool Mutual = false);
