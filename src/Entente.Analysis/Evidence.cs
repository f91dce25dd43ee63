namespace Entente.Analysis;

/// <summary>
/// One citation behind a number or a line: an event cluster, the report chosen to show for it, and the sentence
/// and article that report came from. A UI links it to <c>/api/events/{EventId}</c> and the article.
/// </summary>
/// <param name="ClusterId">The event cluster (all reports of the event).</param>
/// <param name="EventId">The report shown.</param>
/// <param name="ArticleId">Its article.</param>
/// <param name="ArticleTitle">Headline of the article, when it has one.</param>
/// <param name="ArticleUrl">Where the article lives on the web, when known.</param>
/// <param name="SentenceIndex">Position of the evidence sentence in the article.</param>
/// <param name="Sentence">The evidence sentence.</param>
/// <param name="Date">Event date, when known.</param>
/// <param name="Source">Who acted (name, else code).</param>
/// <param name="Target">Who was acted upon (name, else code), when any.</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="QuadClass">1–4.</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="NumArticles">Articles reporting the cluster.</param>
/// <param name="NumSources">Distinct sources reporting the cluster.</param>
public sealed record Evidence(
    long ClusterId,
    string EventId,
    string ArticleId,
    string? ArticleTitle,
    string? ArticleUrl,
    int SentenceIndex,
    string Sentence,
    DateOnly? Date,
    string Source,
    string? Target,
    string Cameo,
    int QuadClass,
    double Goldstein,
    int NumArticles,
    int NumSources);
