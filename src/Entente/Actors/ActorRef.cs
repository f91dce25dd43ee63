namespace Entente.Actors;

/// <summary>
/// Who an actor is, in the field's terms: a CAMEO-style code (country + sector, e.g. RUSGOV) and, for people
/// and named bodies, their own identity, which the code alone would lose.
/// </summary>
public sealed record ActorRef
{
    /// <summary>CAMEO-style code: "RUS", "RUSGOV", "IRNMIL", "LBNREB", "IGOUNO", "WST".</summary>
    public required string Code { get; init; }

    /// <summary>Stable id of the actor in the knowledge base or, for people found only in text, a slug of the name.</summary>
    public string? ActorId { get; init; }

    /// <summary>Display name ("Vladimir Putin", "Iran", "Hezbollah").</summary>
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-3 country (or CAMEO region) the actor belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>Sector/agent code: GOV, MIL, REB, OPP, …; null for the country as a whole.</summary>
    public string? Sector { get; init; }

    /// <summary>What sort of actor this is.</summary>
    public ActorKind Kind { get; init; }

    /// <summary>The role held on the story's date ("President of Iran"), when known.</summary>
    public string? Role { get; init; }
}
