namespace Entente.Actors.KnowledgeBase;

/// <summary>A sector word or phrase (agent) found in text: "Foreign Minister" → GOV.</summary>
/// <param name="Length">How many tokens the phrase covers, from the start token.</param>
/// <param name="Sector">CAMEO primary sector code: GOV, MIL, REB, COP, OPP, …</param>
/// <param name="Title">The phrase in its singular dictionary form ("foreign minister").</param>
public readonly record struct AgentMatch(int Length, string Sector, string Title);
