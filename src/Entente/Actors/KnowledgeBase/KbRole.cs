namespace Entente.Actors.KnowledgeBase;

/// <summary>A code an actor holds between two dates (inclusive; null is an open end), with the office's title when known.</summary>
internal sealed class KbRole(string code, string? title, DateOnly? from, DateOnly? to)
{
    public string Code { get; } = code;

    public string? Title { get; } = title;

    public DateOnly? From { get; } = from;

    public DateOnly? To { get; } = to;

    /// <summary>The actor reference for this role, built on first use so that matching allocates nothing after warm-up.</summary>
    public ActorRef? Resolved { get; set; }

    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
