using Entente.Actors;

namespace Entente.Events.Coding;

/// <summary>What the coder carries from the rest of the article into one sentence.</summary>
/// <param name="NounSources">The actor the article names for each event noun ("Western sanctions" → the West).</param>
/// <param name="PreviousTopic">The actors the previous sentence was about.</param>
/// <param name="Earlier">The actor mentions of the article's earlier sentences, in text order.</param>
internal sealed record SentenceContext(Dictionary<string, Mention> NounSources, IReadOnlyList<Mention> PreviousTopic, IReadOnlyList<Mention> Earlier);
