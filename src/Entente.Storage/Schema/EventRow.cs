using Entente.Events;
using Entente.Places;
using Entente.Time;

namespace Entente.Storage.Schema;

/// <summary>An events row joined with its article and sentence, as read by Dapper (snake_case columns).</summary>
internal sealed class EventRow
{
    public string Id { get; set; } = "";
    public string ArticleId { get; set; } = "";
    public long SentenceIndex { get; set; }
    public string SourceCode { get; set; } = "";
    public string? SourceActorId { get; set; }
    public string? SourceName { get; set; }
    public string? SourceCountry { get; set; }
    public string? SourceSector { get; set; }
    public string? SourceRole { get; set; }
    public string SourceText { get; set; } = "";
    public long SourceStart { get; set; }
    public long SourceEnd { get; set; }
    public string? TargetCode { get; set; }
    public string? TargetActorId { get; set; }
    public string? TargetName { get; set; }
    public string? TargetCountry { get; set; }
    public string? TargetSector { get; set; }
    public string? TargetRole { get; set; }
    public string? TargetText { get; set; }
    public long? TargetStart { get; set; }
    public long? TargetEnd { get; set; }
    public string TriggerText { get; set; } = "";
    public long TriggerStart { get; set; }
    public long TriggerEnd { get; set; }
    public string Cameo { get; set; } = "";
    public string Root { get; set; } = "";
    public long QuadClass { get; set; }
    public double Goldstein { get; set; }
    public string? PloverType { get; set; }
    public string? PloverMode { get; set; }
    public string? EventDate { get; set; }
    public string DateGranularity { get; set; } = "";
    public string? DateText { get; set; }
    public string? LocationName { get; set; }
    public string? LocationCountry { get; set; }
    public double? LocationLat { get; set; }
    public double? LocationLon { get; set; }
    public long? LocationGeonamesId { get; set; }
    public string? LocationPrecision { get; set; }
    public bool Negated { get; set; }
    public string Modality { get; set; } = "";
    public double Confidence { get; set; }
    public string Rule { get; set; } = "";
    public string? ArticleTitle { get; set; }
    public string? ArticlePublished { get; set; }
    public string? ArticleUrl { get; set; }
    public string? ArticleSource { get; set; }
    public string? ArticleIngestedAt { get; set; }
    public string SentenceText { get; set; } = "";
    public long SentenceStart { get; set; }
    public long? ClusterId { get; set; }
    public string? ClusterHead { get; set; }
    public long? ClusterEvents { get; set; }
    public long? ClusterArticles { get; set; }
    public long? ClusterSources { get; set; }

    /// <summary>The stored event with its article and evidence.</summary>
    public StoredEvent ToStoredEvent() => new(
        ToCodedEvent(),
        ArticleId,
        ArticleTitle,
        StoredValues.Date(ArticlePublished),
        ArticleUrl,
        SentenceText,
        StoredValues.Int(SentenceStart))
    {
        ArticleSource = ArticleSource,
        ArticleIngestedAt = ArticleIngestedAt is null ? null : StoredValues.Time(ArticleIngestedAt),
        Cluster = ClusterId is { } id && ClusterHead is { } head
            ? new EventCluster(id, head, StoredValues.Int(ClusterEvents ?? 0), StoredValues.Int(ClusterArticles ?? 0), StoredValues.Int(ClusterSources ?? 0))
            : null,
    };

    private CodedEvent ToCodedEvent() => new()
    {
        Id = Id,
        Source = new EventActor
        {
            Code = SourceCode,
            ActorId = SourceActorId,
            Name = SourceName,
            Country = SourceCountry,
            Sector = SourceSector,
            Role = SourceRole,
            Text = SourceText,
            Start = StoredValues.Int(SourceStart),
            End = StoredValues.Int(SourceEnd),
        },
        Target = TargetCode is null ? null : new EventActor
        {
            Code = TargetCode,
            ActorId = TargetActorId,
            Name = TargetName,
            Country = TargetCountry,
            Sector = TargetSector,
            Role = TargetRole,
            Text = TargetText ?? "",
            Start = StoredValues.Int(TargetStart ?? 0),
            End = StoredValues.Int(TargetEnd ?? 0),
        },
        Trigger = new TextSpan(TriggerText, StoredValues.Int(TriggerStart), StoredValues.Int(TriggerEnd)),
        Cameo = Cameo,
        Root = Root,
        QuadClass = StoredValues.Int(QuadClass),
        Goldstein = Goldstein,
        Plover = PloverType is null ? null : new PloverCode(PloverType, PloverMode),
        Date = EventDate,
        DateGranularity = EnumText.Parse<DateGranularity>(DateGranularity, "events.date_granularity"),
        DateText = DateText,
        Location = LocationName is null ? null : new Place
        {
            Name = LocationName,
            Country = LocationCountry,
            Lat = LocationLat,
            Lon = LocationLon,
            GeonamesId = LocationGeonamesId,
            Precision = LocationPrecision ?? "",
        },
        Negated = Negated,
        Modality = EnumText.Parse<Modality>(Modality, "events.modality"),
        Sentence = StoredValues.Int(SentenceIndex),
        Confidence = Confidence,
        Rule = Rule,
    };
}
