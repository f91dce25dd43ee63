using Entente.Actors;
using Entente.Quotes;

namespace Entente.Storage.Schema;

/// <summary>A quotes row, joined with its article and sentence when read for a quote query.</summary>
internal sealed class QuoteRow
{
    public string ArticleId { get; set; } = "";
    public long QuoteIndex { get; set; }
    public long SentenceIndex { get; set; }
    public string Text { get; set; } = "";
    public long StartChar { get; set; }
    public long EndChar { get; set; }
    public string? SpeakerCode { get; set; }
    public string? SpeakerActorId { get; set; }
    public string? SpeakerName { get; set; }
    public string? SpeakerCountry { get; set; }
    public string? SpeakerSector { get; set; }
    public string? SpeakerKind { get; set; }
    public string? SpeakerRole { get; set; }
    public string? Rule { get; set; }
    public string? ArticleTitle { get; set; }
    public string? ArticlePublished { get; set; }
    public string? ArticleUrl { get; set; }
    public string SentenceText { get; set; } = "";
    public long SentenceStart { get; set; }

    /// <summary>The quote as extracted.</summary>
    public Quote ToQuote() => new()
    {
        Text = Text,
        Start = StoredValues.Int(StartChar),
        End = StoredValues.Int(EndChar),
        Sentence = StoredValues.Int(SentenceIndex),
        Speaker = SpeakerCode is null ? null : new ActorRef
        {
            Code = SpeakerCode,
            ActorId = SpeakerActorId,
            Name = SpeakerName,
            Country = SpeakerCountry,
            Sector = SpeakerSector,
            Kind = SpeakerKind is null ? default : EnumText.Parse<ActorKind>(SpeakerKind, "quotes.speaker_kind"),
            Role = SpeakerRole,
        },
        Rule = Rule,
    };

    /// <summary>The quote with its article and sentence.</summary>
    public StoredQuote ToStoredQuote() => new(
        ToQuote(),
        ArticleId,
        ArticleTitle,
        StoredValues.Date(ArticlePublished),
        ArticleUrl,
        SentenceText,
        StoredValues.Int(SentenceStart));
}
