namespace Entente.Actors.KnowledgeBase;

/// <summary>An actor of the knowledge base as loaded: identity, kind, default code and dated roles.</summary>
internal sealed class KbActor(string id)
{
    public string Id { get; } = id;

    public string Name { get; set; } = id;

    public ActorKind Kind { get; set; }

    /// <summary>The code that holds when no dated role does; null when only roles give codes.</summary>
    public string? DefaultCode { get; set; }

    public string? Country { get; set; }

    public List<KbRole> Roles { get; } = [];

    /// <summary>The actor reference under its default code, built on first use.</summary>
    public ActorRef? ResolvedDefault { get; set; }
}
