using System.Globalization;
using System.Text;
using Entente.Documents;
using Entente.Events;
using Entente.Language;
using Entente.Pipeline;
using Entente.Places;
using Entente.Time;

namespace Entente.Bench.Store;

/// <summary>
/// A deterministic stream of synthetic articles with coded events, shaped like real event data so that the
/// store is benchmarked on realistic selectivity: a few countries carry most events (Zipf), each country has
/// favourite partners (dyads concentrate as USA–RUS or RUS–UKR do), CAMEO roots follow the shares of
/// news-coded data (statements and consultations most, mass violence least), and volume grows over 2015–2025.
/// The same seed always gives the same articles, events and query targets.
/// </summary>
internal sealed class SyntheticEvents
{
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);

    // Shares of CAMEO roots 01–20 in news-coded event data, roughly as in GDELT and ICEWS (per cent).
    private static readonly double[] RootShares = [18, 4, 7, 20, 9, 3, 3, 2, 1, 2, 6, 2, 3, 2, 1, 2, 5, 4, 5, 0.5];

    private static readonly (string Sector, string Label, double Share)[] Sectors =
    [
        ("", "", 25), ("GOV", "government", 45), ("MIL", "military", 12), ("OPP", "opposition", 5),
        ("BUS", "business", 4), ("MED", "media", 3), ("CVL", "civilians", 6),
    ];

    private static readonly string[] Outlets = ["wire.example", "daily.example", "times.example", "post.example", "herald.example", "news.example"];

    private readonly Random _random;
    private readonly Country[] _countries;
    private readonly double[] _countryWeights;
    private readonly int[][] _partners;
    private readonly CameoCode[][] _codesByRoot;
    private readonly double[] _rootWeights;
    private readonly double[] _sectorWeights;
    private int _articles;
    private long _events;

    public SyntheticEvents(int seed, IReadOnlyList<Country> countries, IReadOnlyList<CameoCode> codes)
    {
        _random = new Random(seed);
        _countries = [.. countries];
        _countryWeights = Cumulative(_countries.Select((_, rank) => 1.0 / Math.Pow(rank + 1, 1.1)));
        _partners = _countries.Select((_, i) => PickPartners(i)).ToArray();
        _codesByRoot = Enumerable.Range(1, 20)
            .Select(root => codes.Where(code => code.Code.StartsWith(root.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToArray())
            .ToArray();
        _rootWeights = Cumulative(RootShares);
        _sectorWeights = Cumulative(Sectors.Select(sector => sector.Share));
    }

    /// <summary>Events generated so far.</summary>
    public long Events => _events;

    /// <summary>
    /// Loads the country table (ISO3, name, capital and its coordinates) and the CAMEO codes from Entente's data
    /// files, and keeps the <paramref name="countryCount"/> countries most present in news, in a fixed order.
    /// </summary>
    public static SyntheticEvents FromData(int seed, int countryCount = 80)
    {
        var countries = File.ReadLines(EntenteFiles.Resolve("data/gazetteer/countries.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f[7].Length > 0 && f[8].Length > 0)
            .Select(f => new Country(f[0], f[2], f[6], double.Parse(f[7], CultureInfo.InvariantCulture), double.Parse(f[8], CultureInfo.InvariantCulture)))
            .ToDictionary(country => country.Iso3);

        // News attention, most first: the head of the Zipf curve; the rest follow in table order.
        string[] head = ["USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "SYR", "IRQ", "AFG",
            "SAU", "PRK", "KOR", "JPN", "EGY", "PSE", "LBN", "YEM", "QAT", "ARE", "BLR", "POL", "ITA", "ESP", "CAN"];
        var ordered = head.Where(countries.ContainsKey).Select(code => countries[code])
            .Concat(countries.Values.Where(country => !head.Contains(country.Iso3)).OrderBy(country => country.Iso3, StringComparer.Ordinal))
            .Take(countryCount)
            .ToList();
        var codes = File.ReadLines(EntenteFiles.Resolve("data/cameo/event-codes.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f[0].Length >= 3)
            .Select(f => new CameoCode(f[0], double.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), f[5].Length > 0 ? f[5] : null))
            .ToList();
        return new SyntheticEvents(seed, ordered, codes);
    }

    /// <summary>The next article with 1–20 events (mean about 10), one sentence per event.</summary>
    public Extraction NextArticle()
    {
        var number = _articles++;
        var published = RandomDate();
        var eventCount = 1 + Math.Min(19, (int)(-Math.Log(1 - _random.NextDouble()) * 9));
        var drafts = new List<(string Text, EventDraft Draft)>(eventCount);
        for (var i = 0; i < eventCount; i++)
        {
            var draft = NextDraft(published);
            drafts.Add((draft.Sentence, draft));
        }

        var text = new StringBuilder();
        var spans = new List<(int Start, int End)>();
        foreach (var (sentence, _) in drafts)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            spans.Add((text.Length, text.Length + sentence.Length));
            text.Append(sentence);
        }

        var outlet = Outlets[number % Outlets.Length];
        var article = new Article(text.ToString())
        {
            Title = $"Synthetic story {number.ToString(CultureInfo.InvariantCulture)}",
            PublishedOn = published,
            Url = $"https://{outlet}/story/{number.ToString(CultureInfo.InvariantCulture)}",
            Source = outlet,
            Origin = "bench",
        };
        var document = new AnalyzedDocument(article);
        for (var i = 0; i < spans.Count; i++)
        {
            document.Sentences.Add(new Sentence(i, spans[i].Start, spans[i].End, []));
        }

        var extraction = new Extraction(document);
        for (var i = 0; i < drafts.Count; i++)
        {
            extraction.Events.Add(drafts[i].Draft.ToEvent($"syn-{_events.ToString(CultureInfo.InvariantCulture)}", i, spans[i].Start));
            _events++;
        }

        return extraction;
    }

    /// <summary>A dyad drawn from the same distribution as the events (countries, in either order).</summary>
    public (string First, string Second) NextDyad()
    {
        var source = PickCountry();
        return (_countries[source].Iso3, _countries[PickTarget(source)].Iso3);
    }

    /// <summary>A country drawn by news attention.</summary>
    public string NextCountry() => _countries[PickCountry()].Iso3;

    /// <summary>A CAMEO root drawn by its share.</summary>
    public string NextRoot() => (Pick(_rootWeights) + 1).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A day in the covered period, later days likelier (volume grows).</summary>
    public DateOnly RandomDate()
    {
        var span = Last.DayNumber - First.DayNumber;
        return DateOnly.FromDayNumber(First.DayNumber + (int)(Math.Sqrt(_random.NextDouble()) * span));
    }

    private EventDraft NextDraft(DateOnly published)
    {
        var source = PickCountry();
        var roll = _random.NextDouble();
        int? target = roll < 0.10 ? null : roll < 0.15 ? source : PickTarget(source);
        var code = PickCode();
        var (sourceSector, sourceLabel, _) = Sectors[Pick(_sectorWeights)];
        var (targetSector, targetLabel, _) = Sectors[Pick(_sectorWeights)];
        var sourceActor = Actor(_countries[source], sourceSector, sourceLabel);
        var targetActor = target is { } t ? Actor(_countries[t], targetSector, targetLabel) : null;

        // Most events happen on the publication day, some a day or two before; a few are undated.
        var dateRoll = _random.NextDouble();
        DateOnly? date = dateRoll < 0.03 ? null : published.AddDays(dateRoll < 0.73 ? 0 : -_random.Next(1, 3));
        Place? place = null;
        if (_random.NextDouble() < 0.4)
        {
            var where = _countries[target is { } tt && _random.NextDouble() < 0.5 ? tt : source];
            place = new Place { Name = where.Capital, Country = where.Iso3, Lat = where.CapitalLat, Lon = where.CapitalLon, Precision = "city" };
        }

        var modalityRoll = _random.NextDouble();
        var modality = modalityRoll < 0.85 ? Modality.Asserted : modalityRoll < 0.95 ? Modality.Reported : modalityRoll < 0.98 ? Modality.Intended : Modality.Hypothetical;
        return new EventDraft(sourceActor, targetActor, code, date, place, modality, _random.NextDouble() < 0.02, 0.5 + (_random.NextDouble() / 2));
    }

    private static EventActor Actor(Country country, string sector, string label)
    {
        var name = sector.Length == 0 ? country.Name : $"{country.Name} {label}";
        return new EventActor { Code = country.Iso3 + sector, Name = name, Country = country.Iso3, Sector = sector.Length == 0 ? null : sector, Text = name, Start = 0, End = 0 };
    }

    private int PickCountry() => Pick(_countryWeights);

    // Half of a country's relations are with its five favourite partners, the rest with anyone by attention.
    private int PickTarget(int source)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var target = _random.NextDouble() < 0.5 ? _partners[source][_random.Next(_partners[source].Length)] : PickCountry();
            if (target != source)
            {
                return target;
            }
        }

        return (source + 1) % _countries.Length;
    }

    private int[] PickPartners(int country)
    {
        var partners = new HashSet<int>();
        while (partners.Count < 5)
        {
            var candidate = Pick(_countryWeights);
            if (candidate != country)
            {
                partners.Add(candidate);
            }
        }

        return [.. partners.Order()];
    }

    private CameoCode PickCode()
    {
        var root = _codesByRoot[Pick(_rootWeights)];
        return root[_random.Next(root.Length)];
    }

    private int Pick(double[] cumulative)
    {
        var at = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(weight => sum += weight).ToArray();
    }

    /// <summary>A country of the synthetic world.</summary>
    internal sealed record Country(string Iso3, string Name, string Capital, double CapitalLat, double CapitalLon);

    /// <summary>A CAMEO code with its Goldstein score, quad class and PLOVER type.</summary>
    internal sealed record CameoCode(string Code, double Goldstein, int QuadClass, string? PloverType);

    private sealed record EventDraft(EventActor Source, EventActor? Target, CameoCode Code, DateOnly? Date, Place? Place, Modality Modality, bool Negated, double Confidence)
    {
        private const string Verb = "acted on";

        public string Sentence => $"{Source.Text} {Verb} {Target?.Text ?? "the situation"} (CAMEO {Code.Code}).";

        public CodedEvent ToEvent(string id, int sentence, int offset)
        {
            var sourceEnd = offset + Source.Text.Length;
            var triggerStart = sourceEnd + 1;
            var targetStart = triggerStart + Verb.Length + 1;
            return new CodedEvent
            {
                Id = id,
                Source = Source with { Start = offset, End = sourceEnd },
                Target = Target is null ? null : Target with { Start = targetStart, End = targetStart + Target.Text.Length },
                Trigger = new TextSpan(Verb, triggerStart, triggerStart + Verb.Length),
                Cameo = Code.Code,
                Root = Code.Code[..2],
                QuadClass = Code.QuadClass,
                Goldstein = Code.Goldstein,
                Plover = Code.PloverType is null ? null : new PloverCode(Code.PloverType, null),
                Date = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateGranularity = Date is null ? DateGranularity.Unresolved : DateGranularity.Day,
                Location = Place,
                Negated = Negated,
                Modality = Modality,
                Sentence = sentence,
                Confidence = Math.Round(Confidence, 2),
                Rule = "bench:synthetic",
            };
        }
    }
}
