using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Serialization;
using Entente.Storage;

namespace Entente.Server.Api;

/// <summary>
/// The event record of docs/event-data.md as the API sends it, with its article and its evidence: the sentence,
/// its offset in the article, and the source, trigger and target spans in sentence offsets (for highlighting).
/// </summary>
public static class EventJson
{
    /// <summary>The record for one stored event.</summary>
    public static JsonObject ToJson(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var record = JsonSerializer.SerializeToNode(stored.Event, EntenteJson.Compact)!.AsObject();
        record["article"] = new JsonObject
        {
            ["id"] = stored.ArticleId,
            ["title"] = stored.ArticleTitle,
            ["publishedOn"] = stored.ArticlePublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = stored.ArticleUrl,
        };
        var spans = new JsonArray();
        foreach (var (role, start, end) in Spans(stored))
        {
            spans.Add(new JsonObject { ["role"] = role, ["start"] = start, ["end"] = end });
        }

        record["evidence"] = new JsonObject
        {
            ["text"] = stored.SentenceText,
            ["start"] = stored.SentenceStart,
            ["spans"] = spans,
        };
        record["cluster"] = stored.Cluster is { } cluster
            ? new JsonObject
            {
                ["id"] = cluster.Id,
                ["numEvents"] = cluster.NumEvents,
                ["numArticles"] = cluster.NumArticles,
                ["numSources"] = cluster.NumSources,
            }
            : null;
        return record;
    }

    /// <summary>
    /// Source, trigger and target spans that fall inside the sentence, relative to it, in text order; an overlapping
    /// span is dropped so a highlighter never has to nest.
    /// </summary>
    internal static IReadOnlyList<(string Role, int Start, int End)> Spans(StoredEvent stored)
    {
        var length = stored.SentenceText.Length;
        var candidates = new List<(string Role, int Start, int End)>();
        void Add(string role, int start, int end)
        {
            var relativeStart = start - stored.SentenceStart;
            var relativeEnd = end - stored.SentenceStart;
            if (relativeStart >= 0 && relativeEnd <= length && relativeStart < relativeEnd)
            {
                candidates.Add((role, relativeStart, relativeEnd));
            }
        }

        var e = stored.Event;
        Add("source", e.Source.Start, e.Source.End);
        Add("trigger", e.Trigger.Start, e.Trigger.End);
        if (e.Target is { } target)
        {
            Add("target", target.Start, target.End);
        }

        var spans = new List<(string Role, int Start, int End)>();
        foreach (var span in candidates.OrderBy(span => span.Start))
        {
            if (spans.Count == 0 || span.Start >= spans[^1].End)
            {
                spans.Add(span);
            }
        }

        return spans;
    }
}
