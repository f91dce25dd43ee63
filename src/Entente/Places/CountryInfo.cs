namespace Entente.Places;

/// <summary>A country of the gazetteer (a row of data/gazetteer/countries.tsv).</summary>
public sealed record CountryInfo
{
    /// <summary>ISO 3166-1 alpha-3 code ("RUS"; Kosovo is "UNK").</summary>
    public required string Iso3 { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code ("RU").</summary>
    public required string Iso2 { get; init; }

    /// <summary>Common English name ("Russia").</summary>
    public required string Name { get; init; }

    /// <summary>Official English name ("Russian Federation").</summary>
    public required string OfficialName { get; init; }

    /// <summary>Other names and short forms ("U.S.", "America").</summary>
    public required IReadOnlyList<string> AltNames { get; init; }

    /// <summary>English demonyms and adjectives ("Russian", "Russians").</summary>
    public required IReadOnlyList<string> Demonyms { get; init; }

    /// <summary>Capital city name, when the country has one.</summary>
    public string? Capital { get; init; }

    /// <summary>Latitude of the capital.</summary>
    public double? CapitalLat { get; init; }

    /// <summary>Longitude of the capital.</summary>
    public double? CapitalLon { get; init; }

    /// <summary>Latitude of a representative point of the country.</summary>
    public double Lat { get; init; }

    /// <summary>Longitude of a representative point of the country.</summary>
    public double Lon { get; init; }

    /// <summary>Continental region ("Asia").</summary>
    public string? Region { get; init; }

    /// <summary>Subregion ("Central Asia").</summary>
    public string? Subregion { get; init; }
}
