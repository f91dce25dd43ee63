using System.Text.Json.Serialization;

namespace Entente.Actors;

/// <summary>A stretch of text that names or refers to an actor, with the actor it was resolved to.</summary>
public sealed record Mention
{
    /// <summary>The text of the mention ("Russian President Vladimir Putin").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first character in the article text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last character in the article text.</summary>
    public required int End { get; init; }

    /// <summary>Index of the sentence that holds it.</summary>
    public required int Sentence { get; init; }

    /// <summary>Index of the head token of the mention in its sentence.</summary>
    [JsonIgnore]
    public int HeadToken { get; init; } = -1;

    /// <summary>Index of the first token of the mention in its sentence.</summary>
    [JsonIgnore]
    public int FirstToken { get; init; } = -1;

    /// <summary>Index of the last token (inclusive) of the mention in its sentence.</summary>
    [JsonIgnore]
    public int LastToken { get; init; } = -1;

    /// <summary>The actor it refers to.</summary>
    public required ActorRef Actor { get; init; }

    /// <summary>How it was resolved: "kb:country", "title:president", "coref:surname", ….</summary>
    public required string Rule { get; init; }
}
