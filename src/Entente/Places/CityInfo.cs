namespace Entente.Places;

/// <summary>A populated place of the gazetteer (a row of data/gazetteer/cities.tsv).</summary>
public sealed record CityInfo
{
    /// <summary>GeoNames id.</summary>
    public required long GeonamesId { get; init; }

    /// <summary>GeoNames name ("Kyiv").</summary>
    public required string Name { get; init; }

    /// <summary>ASCII spelling and English exonyms ("Kiev").</summary>
    public required IReadOnlyList<string> AltNames { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of its country.</summary>
    public required string CountryIso3 { get; init; }

    /// <summary>GeoNames first-level administrative code within the country.</summary>
    public string? AdminCode { get; init; }

    /// <summary>GeoNames feature code (PPLC for a capital, PPLA for a provincial seat, …).</summary>
    public string? FeatureCode { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double Lon { get; init; }

    /// <summary>Population as recorded by GeoNames.</summary>
    public long Population { get; init; }

    /// <summary>True for a national capital.</summary>
    public bool IsCapital => FeatureCode == "PPLC";
}
