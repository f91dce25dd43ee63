namespace Entente.Actors.KnowledgeBase;

/// <summary>A knowledge-base name found in text.</summary>
/// <param name="Length">How many tokens the name covers, from the start token.</param>
/// <param name="Actor">The actor it names, with the code and role valid on the date asked for.</param>
/// <param name="Rule">How the name refers to the actor: "kb:person", "kb:country", "kb:demonym", "kb:capital", "kb:place", "kb:organization", "kb:armed-group", "kb:agency", "kb:region", "kb:group".</param>
public readonly record struct KbMatch(int Length, ActorRef Actor, string Rule);
