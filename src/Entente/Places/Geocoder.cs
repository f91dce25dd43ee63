namespace Entente.Places;

/// <summary>
/// Turns a place name into a <see cref="Place"/> with the gazetteer: country names resolve to the country,
/// city names to the most plausible city of that name. Thread-safe.
/// </summary>
/// <remarks>
/// Choice among homonyms: a country name wins over a city name ("Mexico", "Djibouti"); among cities, the largest
/// one in the context country, else the largest anywhere ("Paris" is Paris, France, but Paris, Texas with the
/// context "USA"). A name shared by several small places, none of which dominates, is left unresolved rather
/// than guessed: see <see cref="AmbiguityPopulationFloor"/>.
/// </remarks>
public sealed class Geocoder
{
    /// <summary>
    /// Without a context country, an ambiguous name resolves only if its largest city has at least this many
    /// people or is <see cref="DominanceRatio"/> times larger than the runner-up.
    /// </summary>
    public const long AmbiguityPopulationFloor = 100_000;

    /// <summary>How many times larger than the runner-up a small city must be to win an ambiguous name.</summary>
    public const int DominanceRatio = 3;

    private static readonly Lazy<Geocoder> DefaultGeocoder = new(() => new Geocoder(Gazetteer.Default));

    /// <summary>Creates a geocoder over <paramref name="gazetteer"/>.</summary>
    public Geocoder(Gazetteer gazetteer) => Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    /// <summary>A geocoder over <see cref="Places.Gazetteer.Default"/>.</summary>
    public static Geocoder Default => DefaultGeocoder.Value;

    /// <summary>The gazetteer it reads.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>
    /// The place called <paramref name="name"/>, or null when the gazetteer does not know it or it is too ambiguous.
    /// </summary>
    /// <param name="name">The place name as written ("Ashgabat", "the United States", "Kiev").</param>
    /// <param name="countryContext">The country the text is about, as ISO3, ISO2 or name; it decides among homonymous cities.</param>
    public Place? Resolve(string name, string? countryContext = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (Gazetteer.FindCountry(name) is { } country)
        {
            return new Place { Name = country.Name, Country = country.Iso3, Lat = country.Lat, Lon = country.Lon, Precision = "country" };
        }

        return ChooseCity(name, countryContext) is { } city
            ? new Place { Name = city.Name, Country = city.CountryIso3, Lat = city.Lat, Lon = city.Lon, GeonamesId = city.GeonamesId, Precision = "city" }
            : null;
    }

    /// <summary>
    /// True when <paramref name="name"/> is a country or city name the gazetteer knows. Some city names are also
    /// English words ("Reading", "Mobile", "Nice"): ask about entity spans, not arbitrary words.
    /// </summary>
    public bool IsPlaceName(string name) =>
        !string.IsNullOrWhiteSpace(name) && (Gazetteer.FindCountry(name) is not null || Gazetteer.FindCities(name).Count > 0);

    /// <summary>The ISO3 country of the city <paramref name="name"/> as <see cref="Resolve"/> would choose it, or null.</summary>
    public string? CountryOfCity(string name, string? countryContext = null) => ChooseCity(name, countryContext)?.CountryIso3;

    private CityInfo? ChooseCity(string name, string? countryContext)
    {
        var candidates = Gazetteer.FindCities(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        // Candidates are ordered largest first, so the first match is the largest in the context country.
        if (countryContext is not null && Gazetteer.FindCountryByCodeOrName(countryContext) is { } context)
        {
            foreach (var city in candidates)
            {
                if (city.CountryIso3 == context.Iso3)
                {
                    return city;
                }
            }
        }

        var largest = candidates[0];
        if (candidates.Count == 1 || largest.Population >= AmbiguityPopulationFloor)
        {
            return largest;
        }

        return largest.Population >= DominanceRatio * candidates[1].Population ? largest : null;
    }
}
