using Entente.Actors;

namespace Entente.Quotes;

/// <summary>A direct or partial quotation and the actor who said it.</summary>
public sealed record Quote
{
    /// <summary>The quoted words, without the quotation marks.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first quoted character.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last quoted character.</summary>
    public required int End { get; init; }

    /// <summary>Index of the sentence that holds it.</summary>
    public required int Sentence { get; init; }

    /// <summary>The speaker, or null when the text does not say.</summary>
    public ActorRef? Speaker { get; init; }

    /// <summary>How the speaker was found ("quote:verb-subject", "quote:hail").</summary>
    public string? Rule { get; init; }
}
