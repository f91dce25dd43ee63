using Entente.Documents;
using Entente.Storage.Schema;

namespace Entente.Storage.Postgres;

/// <summary>An ingest_queue row as claimed; the columns are read under names Dapper matches without a map.</summary>
internal sealed class QueuedArticleRow
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public string? Origin { get; set; }

    /// <summary>The article as it was queued; its id is recomputed from title and text, and so equals <see cref="Id"/>.</summary>
    public Article ToArticle() => new(Text)
    {
        Title = Title,
        PublishedOn = StoredValues.Date(Published),
        Url = Url,
        Source = Source,
        Origin = Origin,
    };
}
