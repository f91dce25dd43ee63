using Entente.Actors;

namespace Entente.Events.Coding;

/// <summary>An event found in a sentence before it is dated, placed and written as a record.</summary>
internal sealed record EventCandidate(int Trigger, int TriggerEnd, Mention Source, Mention? Target, string Code, string Rule, double Confidence);
