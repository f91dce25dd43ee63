namespace Entente.Places;

/// <summary>A geocoded place.</summary>
public sealed record Place
{
    /// <summary>Place name as in the gazetteer ("Ashgabat").</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-3 country of the place.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double? Lon { get; init; }

    /// <summary>GeoNames id when the gazetteer has one.</summary>
    public long? GeonamesId { get; init; }

    /// <summary>"city", "region" or "country".</summary>
    public required string Precision { get; init; }
}
