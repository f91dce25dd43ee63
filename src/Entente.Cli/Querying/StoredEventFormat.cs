using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Cli.Infrastructure;
using Entente.Events;
using Entente.Serialization;
using Entente.Storage;

namespace Entente.Cli.Querying;

/// <summary>How a stored event is written: the event record of the event-data conventions plus its article and evidence.</summary>
internal static class StoredEventFormat
{
    /// <summary>Columns of the events table.</summary>
    public static IReadOnlyList<Column<StoredEvent>> TableColumns { get; } =
    [
        new("Id", e => e.Event.Id),
        new("Date", e => e.Event.Date),
        new("Source", e => ActorCell(e.Event.Source)),
        new("CAMEO", e => e.Event.Cameo),
        new("PLOVER", e => e.Event.Plover?.Type),
        new("Target", e => e.Event.Target is { } target ? ActorCell(target) : null),
        new("Goldstein", e => e.Event.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)),
        new("Trigger", e => e.Event.Negated ? "not " + e.Event.Trigger.Text : e.Event.Trigger.Text),
        new("Article", e => e.ArticleTitle ?? e.ArticleId),
    ];

    /// <summary>Columns of the events CSV: every scalar of the event record, flattened.</summary>
    public static IReadOnlyList<Column<StoredEvent>> CsvColumns { get; } =
    [
        new("id", e => e.Event.Id),
        new("date", e => e.Event.Date),
        new("dateGranularity", e => EnumText(e.Event.DateGranularity)),
        new("dateText", e => e.Event.DateText),
        new("sourceText", e => e.Event.Source.Text),
        new("sourceCode", e => e.Event.Source.Code),
        new("sourceName", e => e.Event.Source.Name),
        new("sourceCountry", e => e.Event.Source.Country),
        new("sourceSector", e => e.Event.Source.Sector),
        new("targetText", e => e.Event.Target?.Text),
        new("targetCode", e => e.Event.Target?.Code),
        new("targetName", e => e.Event.Target?.Name),
        new("targetCountry", e => e.Event.Target?.Country),
        new("targetSector", e => e.Event.Target?.Sector),
        new("trigger", e => e.Event.Trigger.Text),
        new("cameo", e => e.Event.Cameo),
        new("root", e => e.Event.Root),
        new("quadClass", e => e.Event.QuadClass.ToString(CultureInfo.InvariantCulture)),
        new("goldstein", e => e.Event.Goldstein.ToString(CultureInfo.InvariantCulture)),
        new("ploverType", e => e.Event.Plover?.Type),
        new("ploverMode", e => e.Event.Plover?.Mode),
        new("location", e => e.Event.Location?.Name),
        new("locationCountry", e => e.Event.Location?.Country),
        new("locationLat", e => e.Event.Location?.Lat?.ToString(CultureInfo.InvariantCulture)),
        new("locationLon", e => e.Event.Location?.Lon?.ToString(CultureInfo.InvariantCulture)),
        new("negated", e => e.Event.Negated ? "true" : "false"),
        new("modality", e => EnumText(e.Event.Modality)),
        new("confidence", e => e.Event.Confidence.ToString(CultureInfo.InvariantCulture)),
        new("rule", e => e.Event.Rule),
        new("sentence", e => e.Event.Sentence.ToString(CultureInfo.InvariantCulture)),
        new("evidence", e => e.SentenceText),
        new("articleId", e => e.ArticleId),
        new("articleTitle", e => e.ArticleTitle),
        new("articlePublished", e => e.ArticlePublished?.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture)),
        new("articleUrl", e => e.ArticleUrl),
    ];

    /// <summary>
    /// The event record with two additions: <c>article</c> (id, title, publishedOn, url) and <c>evidence</c>
    /// (the sentence text and its offset in the article, so event offsets can be made sentence-relative).
    /// </summary>
    public static JsonObject ToJson(StoredEvent stored)
    {
        var record = JsonSerializer.SerializeToNode(stored.Event, EntenteJson.Compact)!.AsObject();
        record["article"] = new JsonObject
        {
            ["id"] = stored.ArticleId,
            ["title"] = stored.ArticleTitle,
            ["publishedOn"] = stored.ArticlePublished?.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture),
            ["url"] = stored.ArticleUrl,
        };
        record["evidence"] = new JsonObject
        {
            ["text"] = stored.SentenceText,
            ["start"] = stored.SentenceStart,
        };
        if (stored.Cluster is { } cluster)
        {
            // Every report of the same event: analytics count the cluster once and show how well it is backed.
            record["cluster"] = new JsonObject
            {
                ["id"] = cluster.Id,
                ["headEventId"] = cluster.HeadEventId,
                ["numEvents"] = cluster.NumEvents,
                ["numArticles"] = cluster.NumArticles,
                ["numSources"] = cluster.NumSources,
            };
        }

        return record;
    }

    private static string ActorCell(EventActor actor) => actor.Name is { Length: > 0 } name ? $"{actor.Code} ({name})" : actor.Code;

    /// <summary>An enum value in the lower-case spelling the JSON records use ("asserted", "day").</summary>
    public static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        JsonSerializer.Serialize(value, EntenteJson.Compact).Trim('"');
}
