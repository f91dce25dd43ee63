namespace Entente.Events;

/// <summary>Whether the text says an event happened, and on whose word.</summary>
public enum Modality
{
    /// <summary>The text states it as fact.</summary>
    Asserted,

    /// <summary>Someone in the text says it happened ("X said Y attacked Z").</summary>
    Reported,

    /// <summary>Planned, vowed or intended ("plans to", "will").</summary>
    Intended,

    /// <summary>Possible or conditional ("could", "would", "if").</summary>
    Hypothetical,

    /// <summary>An actor denies it happened.</summary>
    Denied,
}
