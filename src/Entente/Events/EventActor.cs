using Entente.Actors;

namespace Entente.Events;

/// <summary>The source or target of an event as it appears in the event record: the mention and its actor.</summary>
public sealed record EventActor
{
    /// <summary>The mention's text.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first character (article or input text).</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last character.</summary>
    public required int End { get; init; }

    /// <summary>Knowledge-base id of the actor, when it has one.</summary>
    public string? ActorId { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>CAMEO-style actor code (RUSGOV).</summary>
    public required string Code { get; init; }

    /// <summary>ISO3 country or CAMEO region.</summary>
    public string? Country { get; init; }

    /// <summary>Sector (GOV, MIL, …).</summary>
    public string? Sector { get; init; }

    /// <summary>Role held on the story's date, when known.</summary>
    public string? Role { get; init; }

    /// <summary>Builds the record form of a resolved mention.</summary>
    public static EventActor From(Mention mention) => new()
    {
        Text = mention.Text,
        Start = mention.Start,
        End = mention.End,
        ActorId = mention.Actor.ActorId,
        Name = mention.Actor.Name,
        Code = mention.Actor.Code,
        Country = mention.Actor.Country,
        Sector = mention.Actor.Sector,
        Role = mention.Actor.Role,
    };
}
