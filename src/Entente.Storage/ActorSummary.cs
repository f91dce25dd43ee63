using Entente.Actors;

namespace Entente.Storage;

/// <summary>One actor (code and name) as seen across the store.</summary>
/// <param name="Code">CAMEO-style actor code (RUSGOV).</param>
/// <param name="Name">Display name, or null for actors known only by code.</param>
/// <param name="Country">ISO3 country or CAMEO region, when known.</param>
/// <param name="Sector">Sector code (GOV, MIL, …), when any.</param>
/// <param name="Kind">The sort of actor, when a mention says (event records do not carry it).</param>
/// <param name="Mentions">How often it was mentioned.</param>
/// <param name="Events">In how many events it was source or target.</param>
public sealed record ActorSummary(string Code, string? Name, string? Country, string? Sector, ActorKind? Kind, int Mentions, int Events);
