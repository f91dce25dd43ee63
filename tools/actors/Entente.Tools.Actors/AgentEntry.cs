namespace Entente.Tools.Actors;

/// <summary>One surface form of an agent noun: "foreign ministers" → GOV (full agent code GOV), title "foreign minister".</summary>
internal sealed record AgentEntry(string Phrase, string Sector, string Code, string Title);
