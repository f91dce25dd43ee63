using Entente.Documents;

namespace Entente.Storage.Schema;

/// <summary>An articles row with, when listed, the counts of what was extracted from it.</summary>
internal sealed class ArticleRow
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public string? PublishedOn { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public string? Origin { get; set; }
    public string IngestedAt { get; set; } = "";
    public long Sentences { get; set; }
    public long Events { get; set; }
    public long Mentions { get; set; }
    public long Quotes { get; set; }

    /// <summary>The article with its metadata.</summary>
    public Article ToArticle() => new(Text)
    {
        Title = Title,
        PublishedOn = StoredValues.Date(PublishedOn),
        Url = Url,
        Source = Source,
        Origin = Origin,
    };

    /// <summary>The listing line.</summary>
    public ArticleSummary ToSummary() => new(
        Id,
        Title,
        StoredValues.Date(PublishedOn),
        Url,
        Source,
        Origin,
        StoredValues.Time(IngestedAt),
        StoredValues.Int(Sentences),
        StoredValues.Int(Events),
        StoredValues.Int(Quotes));
}
