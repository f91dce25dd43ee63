using Entente.Places;
using Entente.Time;

namespace Entente.Events;

/// <summary>
/// One coded event: who did what to whom, when and where, with the evidence that produced it.
/// Field names follow docs/event-data.md; outside tools read them.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>Stable hash of article, sentence, trigger, source, target and code.</summary>
    public required string Id { get; init; }

    /// <summary>Who acted.</summary>
    public required EventActor Source { get; init; }

    /// <summary>Who was acted upon; null for one-actor events.</summary>
    public EventActor? Target { get; init; }

    /// <summary>The word or phrase that expresses the event.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>CAMEO event code, two to four digits ("042").</summary>
    public required string Cameo { get; init; }

    /// <summary>CAMEO root code, two digits ("04").</summary>
    public required string Root { get; init; }

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }

    /// <summary>Goldstein score, −10 (conflict) … +10 (cooperation).</summary>
    public required double Goldstein { get; init; }

    /// <summary>PLOVER type and mode.</summary>
    public PloverCode? Plover { get; init; }

    /// <summary>Date as yyyy-MM-dd (first day of the period for coarser granularities), or null.</summary>
    public string? Date { get; init; }

    /// <summary>Precision of <see cref="Date"/>.</summary>
    public DateGranularity DateGranularity { get; init; } = DateGranularity.Unresolved;

    /// <summary>The date expression the date was read from; null when it is the article's date.</summary>
    public string? DateText { get; init; }

    /// <summary>Where it happened, when the event's clause says.</summary>
    public Place? Location { get; init; }

    /// <summary>True when the text says it did not happen ("did not meet").</summary>
    public bool Negated { get; init; }

    /// <summary>Asserted, reported, intended, hypothetical or denied.</summary>
    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>Index of the evidence sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>How sure the coder is, 0..1.</summary>
    public double Confidence { get; init; }

    /// <summary>The rule or model that produced it ("verb:meet+with").</summary>
    public required string Rule { get; init; }
}
