using Entente.Events;

namespace Entente.Storage;

/// <summary>Which events <see cref="IEventStore.QueryEventsAsync"/> returns. Every filter left null matches all events.</summary>
public sealed record EventQuery
{
    /// <summary>
    /// An actor on either side: a code prefix ("RUS" finds RUSGOV), an actor id ("vladimir-putin") or a display
    /// name ("Vladimir Putin", case-insensitive).
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>Events between two actors (code prefixes); see <see cref="DyadDirected"/>.</summary>
    public Dyad? Dyad { get; init; }

    /// <summary>False (the default): events in either direction between the dyad's actors; true: only first → second.</summary>
    public bool DyadDirected { get; init; }

    /// <summary>Earliest event date, inclusive. Undated events are left out when set.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Latest event date, inclusive. Undated events are left out when set.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>CAMEO code prefix: "04" matches 04, 040, 042, …; "042" matches 042 and 0421.</summary>
    public string? CodePrefix { get; init; }

    /// <summary>Only events of these quad classes (1 verbal cooperation … 4 material conflict); null or empty for all.</summary>
    public IReadOnlyList<int>? QuadClasses { get; init; }

    /// <summary>Only events of this modality; null for all.</summary>
    public Modality? Modality { get; init; }

    /// <summary>Whether events the text says did not happen are returned (default true).</summary>
    public bool IncludeNegated { get; init; } = true;

    /// <summary>Only events of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>
    /// False (the default): oldest first, undated last. True: newest first, undated last (the latest events of a
    /// busy actor without paging through its whole history).
    /// </summary>
    public bool NewestFirst { get; init; }

    /// <summary>Page size, at least 1 (default 100).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Events to skip before the page starts, at least 0.</summary>
    public int Offset { get; init; }
}
