namespace Entente.Events.Lexicon;

/// <summary>A verb of the lexicon: its lemma, the block (synonym group) it belongs to and its default code.</summary>
/// <param name="Lemma">Dictionary form, lower case; multi-word verbs have spaces ("meet with").</param>
/// <param name="Block">The PETRARCH block whose patterns apply to it.</param>
/// <param name="Code">Default CAMEO code when no pattern matches; empty when the verb codes only through patterns.</param>
/// <param name="Particles">Words that must follow the verb for a multi-word verb ("wage" + "war"); empty for one word.</param>
public sealed record VerbEntry(string Lemma, string Block, string Code, IReadOnlyList<string> Particles);
