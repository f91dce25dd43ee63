using System.Globalization;
using Entente.Actors;
using Entente.Events;
using Entente.Time;

namespace Entente.Storage.Schema;

/// <summary>
/// The columns every store writes, shared by all providers so that the SQLite and PostgreSQL schemas hold the
/// same data under the same names. Events are flattened into columns (not JSON) so that queries can filter and
/// index on actors, codes and dates.
/// </summary>
internal static class StoreTables
{
    /// <summary>Articles: metadata and the full text that all offsets point into.</summary>
    public static readonly StoreTable<ArticleInsert> Articles = new("articles",
    [
        new("id", row => row.Article.Id),
        new("title", row => row.Article.Title),
        new("text", row => row.Article.Text),
        new("published_on", row => row.Article.PublishedOn),
        new("url", row => row.Article.Url),
        new("source", row => row.Article.Source),
        new("origin", row => row.Article.Origin),
        new("ingested_at", row => row.IngestedAt),
    ]);

    /// <summary>Sentences with their text, so evidence is shown without cutting the article again.</summary>
    public static readonly StoreTable<SentenceInsert> Sentences = new("sentences",
    [
        new("article_id", row => row.ArticleId),
        new("sentence_index", row => row.Sentence.Index),
        new("start_char", row => row.Sentence.Start),
        new("end_char", row => row.Sentence.End),
        new("text", row => row.Sentence.TextOf(row.ArticleText)),
        new("is_heading_or_list", row => row.Sentence.IsHeadingOrList),
    ]);

    /// <summary>Actor mentions and the actors they were resolved to.</summary>
    public static readonly StoreTable<MentionInsert> Mentions = new("mentions",
    [
        new("article_id", row => row.ArticleId),
        new("mention_index", row => row.Index),
        new("sentence_index", row => row.Mention.Sentence),
        new("text", row => row.Mention.Text),
        new("start_char", row => row.Mention.Start),
        new("end_char", row => row.Mention.End),
        new("actor_code", row => row.Mention.Actor.Code),
        new("actor_id", row => row.Mention.Actor.ActorId),
        new("actor_name", row => row.Mention.Actor.Name),
        new("actor_country", row => row.Mention.Actor.Country),
        new("actor_sector", row => row.Mention.Actor.Sector),
        new("actor_kind", row => EnumText.From(row.Mention.Actor.Kind)),
        new("actor_role", row => row.Mention.Actor.Role),
        new("rule", row => row.Mention.Rule),
    ]);

    /// <summary>Coded events, every field of <see cref="CodedEvent"/> in a column of its own.</summary>
    public static readonly StoreTable<EventInsert> Events = new("events",
    [
        new("id", row => row.Event.Id),
        new("article_id", row => row.ArticleId),
        new("sentence_index", row => row.Event.Sentence),
        .. ActorColumns("source", row => row.Event.Source),
        .. ActorColumns("target", row => row.Event.Target),
        new("trigger_text", row => row.Event.Trigger.Text),
        new("trigger_start", row => row.Event.Trigger.Start),
        new("trigger_end", row => row.Event.Trigger.End),
        new("cameo", row => row.Event.Cameo),
        new("root", row => row.Event.Root),
        new("quad_class", row => row.Event.QuadClass),
        new("goldstein", row => row.Event.Goldstein),
        new("plover_type", row => row.Event.Plover?.Type),
        new("plover_mode", row => row.Event.Plover?.Mode),
        new("event_date", row => row.Event.Date is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
        new("date_granularity", row => EnumText.From(row.Event.DateGranularity)),
        new("date_text", row => row.Event.DateText),
        new("location_name", row => row.Event.Location?.Name),
        new("location_country", row => row.Event.Location?.Country),
        new("location_lat", row => row.Event.Location?.Lat),
        new("location_lon", row => row.Event.Location?.Lon),
        new("location_geonames_id", row => row.Event.Location?.GeonamesId),
        new("location_precision", row => row.Event.Location?.Precision),
        new("negated", row => row.Event.Negated),
        new("modality", row => EnumText.From(row.Event.Modality)),
        new("confidence", row => row.Event.Confidence),
        new("rule", row => row.Event.Rule),
        new("cluster_id", row => row.ClusterId),
    ]);

    /// <summary>Quotes and their speakers.</summary>
    public static readonly StoreTable<QuoteInsert> Quotes = new("quotes",
    [
        new("article_id", row => row.ArticleId),
        new("quote_index", row => row.Index),
        new("sentence_index", row => row.Quote.Sentence),
        new("text", row => row.Quote.Text),
        new("start_char", row => row.Quote.Start),
        new("end_char", row => row.Quote.End),
        new("speaker_code", row => row.Quote.Speaker?.Code),
        new("speaker_actor_id", row => row.Quote.Speaker?.ActorId),
        new("speaker_name", row => row.Quote.Speaker?.Name),
        new("speaker_country", row => row.Quote.Speaker?.Country),
        new("speaker_sector", row => row.Quote.Speaker?.Sector),
        new("speaker_kind", row => row.Quote.Speaker is { } speaker ? EnumText.From(speaker.Kind) : null),
        new("speaker_role", row => row.Quote.Speaker?.Role),
        new("rule", row => row.Quote.Rule),
    ]);

    /// <summary>Event clusters with their ids (written this way only by a bulk import, which numbers them itself).</summary>
    public static readonly StoreTable<ClusterInsert> Clusters = new("event_clusters",
    [
        new("id", row => row.Slot.Id),
        new("cluster_key", row => row.Slot.Key),
        new("source_key", row => row.Slot.Head!.SourceKey),
        new("target_key", row => row.Slot.Head!.TargetKey),
        new("root", row => row.Slot.Head!.Root),
        new("quad_class", row => row.Slot.Head!.QuadClass),
        new("goldstein", row => row.Slot.Head!.Goldstein),
        new("event_date", row => row.Slot.Head!.Date),
        new("place", row => row.Slot.Place),
        new("factual", row => row.Slot.Head!.Factual),
        new("head_event_id", row => row.Slot.Head!.EventId),
        new("num_events", row => row.Counts.Reports),
        new("num_articles", row => row.Counts.Articles.Count),
        new("num_sources", row => row.Counts.Sources.Count),
    ]);

    private static StoreColumn<EventInsert>[] ActorColumns(string side, Func<EventInsert, EventActor?> actor) =>
    [
        new($"{side}_code", row => actor(row)?.Code),
        new($"{side}_actor_id", row => actor(row)?.ActorId),
        new($"{side}_name", row => actor(row)?.Name),
        new($"{side}_country", row => actor(row)?.Country),
        new($"{side}_sector", row => actor(row)?.Sector),
        new($"{side}_role", row => actor(row)?.Role),
        new($"{side}_text", row => actor(row)?.Text),
        new($"{side}_start", row => actor(row)?.Start),
        new($"{side}_end", row => actor(row)?.End),
    ];
}
