namespace Entente.Tools.Actors;

/// <summary>An actor ready to be written to the knowledge-base tables.</summary>
internal sealed class ConvertedActor
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>How many phrases the entry that gave <see cref="Name"/> had; a state takes its name from its fullest entry.</summary>
    public int NamingPhraseCount { get; set; }

    public required string Kind { get; init; }

    public string? DefaultCode { get; set; }

    public string? Country { get; init; }

    /// <summary>Surface names with how each refers to the actor: name, demonym or place.</summary>
    public List<(string Name, string Rule)> Names { get; } = [];

    public List<CodeRestriction> Roles { get; } = [];
}
