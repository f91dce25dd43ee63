namespace Entente.Storage;

/// <summary>Events between two countries, either direction, counted by quad class.</summary>
/// <param name="CountryA">The alphabetically first country (ISO3 or CAMEO region).</param>
/// <param name="CountryB">The other country; equal to <paramref name="CountryA"/> for domestic events.</param>
/// <param name="Events">All counted events between them.</param>
/// <param name="VerbalCooperation">Quad class 1.</param>
/// <param name="MaterialCooperation">Quad class 2.</param>
/// <param name="VerbalConflict">Quad class 3.</param>
/// <param name="MaterialConflict">Quad class 4.</param>
/// <param name="GoldsteinSum">Sum of the events' Goldstein scores.</param>
/// <param name="GoldsteinMean">Mean Goldstein score.</param>
/// <param name="Articles">How many distinct articles the events came from.</param>
public sealed record DyadSummary(
    string CountryA,
    string CountryB,
    int Events,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict,
    double GoldsteinSum,
    double GoldsteinMean,
    int Articles);
