using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Events;

namespace Entente.Cli.Coding;

/// <summary>One output line of <c>entente code</c>: the input's id and what the pipeline found in its text.</summary>
/// <param name="Id">The input's <c>id</c> exactly as given (string or number), or null when it could not be read.</param>
/// <param name="Events">Event records; offsets point into the given text.</param>
/// <param name="Entities">Named-entity spans.</param>
/// <param name="Quotes">Quotes with their speakers.</param>
internal sealed record CodedLine(
    JsonElement? Id,
    IReadOnlyList<CodedEvent> Events,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<QuoteRecord> Quotes)
{
    /// <summary>What was wrong with the input line, when something was; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>A line with no results and an error.</summary>
    public static CodedLine Failed(JsonElement? id, string error) => new(id, [], [], []) { Error = error };
}

/// <summary>A named-entity span of <c>entente code</c> output.</summary>
internal sealed record EntityRecord(string Text, int Start, int End, string Label);

/// <summary>A quote of <c>entente code</c> output.</summary>
internal sealed record QuoteRecord(string Text, int Start, int End, int Sentence, SpeakerRecord? Speaker);

/// <summary>Who said a quote, in the short form of the event-data conventions.</summary>
internal sealed record SpeakerRecord(string? Name, string Code, string? Country, string? Sector);
