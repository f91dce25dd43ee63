using Entente.Actors;

namespace Entente.Storage.Schema;

/// <summary>One actor line of the actor listing query.</summary>
internal sealed class ActorRow
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string? Sector { get; set; }
    public string? Kind { get; set; }
    public long Mentions { get; set; }
    public long Events { get; set; }

    /// <summary>The summary; an empty name stands for "no name", since the query groups on it.</summary>
    public ActorSummary ToSummary() => new(
        Code,
        Name.Length == 0 ? null : Name,
        Country,
        Sector,
        Kind is null ? null : EnumText.Parse<ActorKind>(Kind, "mentions.actor_kind"),
        StoredValues.Int(Mentions),
        StoredValues.Int(Events));
}

/// <summary>One country pair of the top-dyads query.</summary>
internal sealed class DyadRow
{
    public string CountryA { get; set; } = "";
    public string CountryB { get; set; } = "";
    public long Events { get; set; }
    public long VerbalCooperation { get; set; }
    public long MaterialCooperation { get; set; }
    public long VerbalConflict { get; set; }
    public long MaterialConflict { get; set; }
    public double GoldsteinSum { get; set; }
    public double GoldsteinMean { get; set; }
    public long Articles { get; set; }

    /// <summary>The summary.</summary>
    public DyadSummary ToSummary() => new(
        CountryA,
        CountryB,
        StoredValues.Int(Events),
        StoredValues.Int(VerbalCooperation),
        StoredValues.Int(MaterialCooperation),
        StoredValues.Int(VerbalConflict),
        StoredValues.Int(MaterialConflict),
        GoldsteinSum,
        GoldsteinMean,
        StoredValues.Int(Articles));
}

/// <summary>The row counts of the statistics query.</summary>
internal sealed class StatsRow
{
    public long Articles { get; set; }
    public long Sentences { get; set; }
    public long Events { get; set; }
    public long Mentions { get; set; }
    public long Quotes { get; set; }

    /// <summary>The statistics.</summary>
    public StoreStats ToStats() => new(
        StoredValues.Int(Articles),
        StoredValues.Int(Sentences),
        StoredValues.Int(Events),
        StoredValues.Int(Mentions),
        StoredValues.Int(Quotes));
}
