using System.Collections.Frozen;
using System.Globalization;
using Entente.Ontology;
using Entente.Pipeline;

namespace Entente.Places;

/// <summary>
/// Countries and cities read from <c>data/gazetteer/</c>, indexed by every name they go by. Immutable and
/// thread-safe once loaded; load it once (<see cref="Default"/>) and share it.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(() => Load(EntenteFiles.Resolve("data/gazetteer")));

    private readonly FrozenDictionary<string, CountryInfo> _countriesByCode;
    private readonly FrozenDictionary<string, CountryInfo> _countriesByName;
    private readonly FrozenDictionary<string, CountryInfo> _countriesByShortForm;
    private readonly FrozenDictionary<string, CountryInfo> _countriesByDemonym;
    // A plain dictionary: freezing ~50,000 keys costs more at start-up than it saves on lookups.
    private readonly Dictionary<string, CityInfo[]> _citiesByName;

    private Gazetteer(List<CountryInfo> countries, List<CityInfo> cities)
    {
        Countries = countries;
        Cities = cities;
        _countriesByCode = countries
            .SelectMany(c => new[] { (Key: c.Iso3, Country: c), (Key: c.Iso2, Country: c) })
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Key, p => p.Country, StringComparer.OrdinalIgnoreCase);

        // Upper-case short forms ("US", "UK", "CAR") match only as written: "us" and "car" are common words.
        var names = new Dictionary<string, CountryInfo>(StringComparer.OrdinalIgnoreCase);
        var shortForms = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var name in new[] { country.Name, country.OfficialName }.Concat(country.AltNames))
            {
                var key = NormalizeName(name);
                if (IsShortForm(key))
                {
                    shortForms.TryAdd(key, country);
                }
                else
                {
                    names.TryAdd(key, country);
                }
            }
        }

        _countriesByName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _countriesByShortForm = shortForms.ToFrozenDictionary(StringComparer.Ordinal);

        var demonyms = new Dictionary<string, CountryInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            foreach (var demonym in country.Demonyms)
            {
                // Shared demonyms ("Congolese") stay with the first country listed, which the table orders by code.
                demonyms.TryAdd(NormalizeName(demonym), country);
            }
        }

        _countriesByDemonym = demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var cityNames = new Dictionary<string, List<CityInfo>>(StringComparer.OrdinalIgnoreCase);
        foreach (var city in cities)
        {
            foreach (var name in city.AltNames.Prepend(city.Name).Select(NormalizeName).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!cityNames.TryGetValue(name, out var list))
                {
                    cityNames[name] = list = [];
                }

                list.Add(city);
            }
        }

        _citiesByName = cityNames.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Population).ThenBy(c => c.GeonamesId).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The gazetteer shipped with Entente, loaded on first use.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    /// <summary>Every country, ordered by ISO3 code.</summary>
    public IReadOnlyList<CountryInfo> Countries { get; }

    /// <summary>Every city (population ≥ 15,000, and every capital).</summary>
    public IReadOnlyList<CityInfo> Cities { get; }

    /// <summary>Reads countries.tsv and cities.tsv from <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">When a table is malformed; the message names the file and line.</exception>
    public static Gazetteer Load(string directory)
    {
        var countries = TsvFile.Read(
                Path.Combine(directory, "countries.tsv"),
                "iso3", "iso2", "name", "official_name", "alt_names", "demonyms", "capital", "capital_lat", "capital_lon", "lat", "lon", "region", "subregion")
            .Rows
            .Select(row => new CountryInfo
            {
                Iso3 = row.Required("iso3"),
                Iso2 = row.Required("iso2"),
                Name = row.Required("name"),
                OfficialName = row.Required("official_name"),
                AltNames = row.List("alt_names"),
                Demonyms = row.List("demonyms"),
                Capital = row.Optional("capital"),
                CapitalLat = row.OptionalNumber("capital_lat"),
                CapitalLon = row.OptionalNumber("capital_lon"),
                Lat = row.Number("lat"),
                Lon = row.Number("lon"),
                Region = row.Optional("region"),
                Subregion = row.Optional("subregion"),
            })
            .ToList();
        var known = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var cities = TsvFile.Read(
                Path.Combine(directory, "cities.tsv"),
                "geonames_id", "name", "alt_names", "country_iso3", "admin_code", "feature_code", "lat", "lon", "population")
            .Rows
            .Select(row => new CityInfo
            {
                GeonamesId = long.TryParse(row["geonames_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : throw row.Error($"geonames_id '{row["geonames_id"]}' is not a number."),
                Name = row.Required("name"),
                AltNames = row.List("alt_names"),
                CountryIso3 = known.Contains(row.Required("country_iso3"))
                    ? row["country_iso3"]
                    : throw row.Error($"country '{row["country_iso3"]}' is not in countries.tsv."),
                AdminCode = row.Optional("admin_code"),
                FeatureCode = row.Optional("feature_code"),
                Lat = row.Number("lat"),
                Lon = row.Number("lon"),
                Population = (long)row.Number("population"),
            })
            .ToList();
        return new Gazetteer(countries, cities);
    }

    /// <summary>The country with ISO3 or ISO2 code <paramref name="code"/> (case-insensitive), or null.</summary>
    public CountryInfo? FindCountryByCode(string code) =>
        code is not null && _countriesByCode.TryGetValue(code.Trim(), out var country) ? country : null;

    /// <summary>
    /// The country called <paramref name="name"/>: common, official or alternative name, case-insensitive,
    /// with a leading "the" ignored; upper-case short forms ("US", "UK") must match as written. Null when none.
    /// </summary>
    public CountryInfo? FindCountry(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = NormalizeName(name);
        if (_countriesByShortForm.TryGetValue(key, out var country) || _countriesByName.TryGetValue(key, out country))
        {
            return country;
        }

        return StripArticle(key) is { } bare && _countriesByName.TryGetValue(bare, out country) ? country : null;
    }

    /// <summary>A country given by ISO3, ISO2 or name ("IRN", "IR", "Iran"), or null.</summary>
    public CountryInfo? FindCountryByCodeOrName(string codeOrName) =>
        FindCountryByCode(codeOrName) ?? FindCountry(codeOrName);

    /// <summary>The country of an English demonym or adjective ("Russian", "Iranians"), case-insensitive, or null.</summary>
    public CountryInfo? FindCountryByDemonym(string demonym) =>
        !string.IsNullOrWhiteSpace(demonym) && _countriesByDemonym.TryGetValue(NormalizeName(demonym), out var country) ? country : null;

    /// <summary>Every city with the name or alternative name <paramref name="name"/> (case-insensitive), largest first.</summary>
    public IReadOnlyList<CityInfo> FindCities(string name) =>
        !string.IsNullOrWhiteSpace(name) && _citiesByName.TryGetValue(NormalizeName(name), out var cities) ? cities : [];

    /// <summary>Trims, folds curly apostrophes and collapses runs of white space, so "Côte d’Ivoire" finds "Côte d'Ivoire".</summary>
    internal static string NormalizeName(string name)
    {
        var text = name.Trim().Replace('\u2019', '\'').Replace('\u2018', '\'');
        return text.Contains("  ", StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal)
            ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : text;
    }

    private static bool IsShortForm(string name) =>
        name.Count(char.IsLetter) <= 4 && name.Any(char.IsLetter) && name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static string? StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : null;
}
