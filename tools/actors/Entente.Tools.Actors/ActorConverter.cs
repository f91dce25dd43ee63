using System.Text;

namespace Entente.Tools.Actors;

/// <summary>
/// Turns PETRARCH dictionary entries into Entente actors: decides each one's kind (state, agency, person, IGO,
/// NGO, armed group), its country, readable names, and its dated roles.
/// </summary>
internal sealed class ActorConverter
{
    /// <summary>CAMEO region codes that stand where a country code would.</summary>
    private static readonly HashSet<string> RegionCodes =
    [
        "WST", "EUR", "AFR", "ASA", "MEA", "SAM", "LAM", "CAM", "CRB", "CAS", "SEA", "SAS", "EAF", "WAF",
        "NAF", "SAF", "BLK", "BAL", "CAU", "EEU", "SCN", "MDT", "PGS", "GFR", "SCA", "NMR",
    ];

    /// <summary>Acronyms kept in capitals when a dictionary phrase is turned into a display name.</summary>
    private static readonly HashSet<string> Acronyms =
    [
        "US", "UK", "UN", "EU", "AU", "USA", "UAE", "NATO", "IAEA", "OPEC", "ASEAN", "ISIS", "ISIL", "FSB", "KGB",
        "CIA", "FBI", "IMF", "PLO", "PKK", "ANC", "SPLA", "SPLM", "FARC", "ELN", "IRA", "ETA", "LTTE", "OSCE", "ECOWAS",
        "SADC", "OAS", "OIC", "GCC", "IDF", "IRGC", "DPRK", "ROK", "PRC",
    ];

    /// <summary>Words that mark a phrase as an institution rather than a person's name.</summary>
    private static readonly HashSet<string> InstitutionWords =
    [
        "PARTY", "COUNCIL", "MINISTRY", "MINISTRIES", "ASSEMBLY", "SOVIET", "ARMY", "FORCE", "FORCES", "GOVERNMENT",
        "COURT", "DEPARTMENT", "COMMITTEE", "COMMISSION", "UNION", "ORGANIZATION", "ORGANISATION", "AGENCY", "BANK",
        "FUND", "FRONT", "MOVEMENT", "LEAGUE", "BRIGADE", "BRIGADES", "GROUP", "OFFICE", "SERVICE", "SERVICES",
        "CONGRESS", "PARLIAMENT", "SENATE", "HOUSE", "REPUBLIC", "STATE", "STATES", "KINGDOM", "POLICE", "GUARD",
        "GUARDS", "CORPS", "NAVY", "MILITARY", "ADMINISTRATION", "CABINET", "BUREAU", "INSTITUTE", "ASSOCIATION",
        "FEDERATION", "ALLIANCE", "COALITION", "AUTHORITY", "CENTER", "CENTRE", "FOUNDATION", "SOCIETY", "NETWORK",
        "PROGRAM", "PROGRAMME", "PALACE", "POLITBURO", "JUNTA", "REGIME", "COMMAND", "TRIBUNAL", "SECRETARIAT",
        "DUMA", "KREMLIN", "MINISTERS", "TROOPS", "REBELS", "MILITIA", "MILITIAS", "ARMED", "NATIONAL", "PEOPLE",
        "PEOPLES", "PEOPLE'S", "LIBERATION", "COMPANY", "CORPORATION", "INC", "LTD", "BOARD", "AUTHORITIES",
        "ISLAMIC", "DEMOCRATIC", "UNITED", "INTERNATIONAL", "WORLD", "MISSION", "DIVISION", "REGIMENT", "BATTALION",
        "CHAMBER", "PROVINCE", "CITY", "TRIBE", "CLAN", "CHURCH", "UNIVERSITY", "COLLEGE", "SCHOOL", "HOSPITAL",
        "YARD", "BET", "OCEAN", "SEA", "GULF", "RIVER", "ISLAND", "ISLANDS", "MOUNTAINS", "VALLEY", "LAKE", "STRAIT",
        "BAY", "COAST", "REGION", "DISTRICT", "TERRITORY", "TERRITORIES", "AUTONOMOUS", "OBLAST", "REPUBLIKA", "REPUBLICA",
        "NEWS", "RADIO", "TELEVISION", "TIMES", "PRESS", "AIRLINES", "AIRWAYS", "HOLDINGS", "INDUSTRIES",
    ];

    private static readonly HashSet<string> LowerCaseWords = ["OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY"];

    private static readonly string[] DemonymEndings = ["AN", "ESE", "I", "ISH", "CH", "IC", "EAN"];

    private readonly HashSet<string> _countryCodes;
    private readonly Dictionary<string, ConvertedActor> _actors = new(StringComparer.Ordinal);
    private readonly TextWriter _warnings;

    public ActorConverter(IEnumerable<DictionaryEntry> countryEntries, TextWriter warnings)
    {
        _warnings = warnings;
        _countryCodes = countryEntries
            .Select(StateCode)
            .OfType<string>()
            .Where(c => !RegionCodes.Contains(c))
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ConvertedActor> Actors => _actors.Values;

    public int DroppedPeople { get; private set; }

    public void Add(IEnumerable<DictionaryEntry> entries, SourceFile source)
    {
        foreach (var entry in entries)
        {
            Add(entry, source);
        }
    }

    private void Add(DictionaryEntry entry, SourceFile source)
    {
        var stateCode = source == SourceFile.Countries ? StateCode(entry) : null;
        var isState = stateCode is not null;
        var primaryCode = stateCode ?? entry.Codes.FirstOrDefault(c => c.IsDefault)?.Code ?? entry.Codes[^1].Code;
        var prefix = primaryCode.Length >= 3 ? primaryCode[..3] : primaryCode;
        var country = _countryCodes.Contains(prefix) || RegionCodes.Contains(prefix) ? prefix : null;
        var kind = isState ? (RegionCodes.Contains(primaryCode) ? "Region" : "State") : Classify(entry, source, primaryCode);

        var id = isState ? primaryCode.ToLowerInvariant() : Slug(TitleCase(entry.Phrases[0]));
        if (!isState && _actors.TryGetValue(id, out var namesake) && (namesake.Kind != kind || namesake.Country != country))
        {
            // The same name for another kind of actor or another country is someone else; the same name, kind
            // and country is the dictionary listing one actor twice, so the entries are merged.
            id = UniqueId(id);
        }

        if (!_actors.TryGetValue(id, out var actor))
        {
            actor = new ConvertedActor { Id = id, Name = TitleCase(entry.Phrases[0]), Kind = kind, Country = isState ? primaryCode : country };
            _actors.Add(id, actor);
        }

        if (isState)
        {
            // Several entries share a country code (Moldova and Transnistria are both MDA): the country's own
            // entry is the one with the most names. Its pre-independence codes matter little for current news.
            if (entry.Phrases.Count > actor.NamingPhraseCount)
            {
                actor.Name = TitleCase(entry.Phrases[0]);
                actor.NamingPhraseCount = entry.Phrases.Count;
            }

            actor.DefaultCode = stateCode;
        }
        else
        {
            foreach (var code in entry.Codes)
            {
                if (code.IsDefault)
                {
                    actor.DefaultCode = code.Code;
                }
                else
                {
                    actor.Roles.Add(code);
                }
            }
        }

        foreach (var phrase in entry.Phrases)
        {
            var words = Words(phrase);
            if (kind == "Person" && words.Length < 2)
            {
                // A bare surname is left to in-document coreference: on its own it names too many people.
                continue;
            }

            var rule = isState ? StateNameRule(entry.Phrases[0], phrase, words) : "name";
            var name = TitleCase(phrase);
            if (!actor.Names.Exists(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                actor.Names.Add((name, rule));
            }
        }

        if (actor.Names.Count == 0)
        {
            _warnings.WriteLine($"{entry.SourceFile}:{entry.Line}: person '{entry.Phrases[0]}' has only one-word names; left out");
            _actors.Remove(id);
            DroppedPeople++;
        }
    }

    /// <summary>The country code of a country entry: a three-letter code that is its default or holds from some date on.</summary>
    private static string? StateCode(DictionaryEntry entry) =>
        entry.Codes.LastOrDefault(c => c.Code.Length == 3 && c.To is null)?.Code;

    private static string Classify(DictionaryEntry entry, SourceFile source, string primaryCode)
    {
        if (IsPerson(entry, source))
        {
            return "Person";
        }

        if (primaryCode.StartsWith("IGO", StringComparison.Ordinal))
        {
            return "InternationalOrganization";
        }

        var sector = primaryCode.Length >= 6 ? primaryCode[3..6] : string.Empty;
        if (source == SourceFile.MilNonState || primaryCode.StartsWith("IMG", StringComparison.Ordinal) || sector is "REB" or "INS" or "SEP" or "UAF")
        {
            return "ArmedGroup";
        }

        if (source == SourceFile.International)
        {
            return "NonGovernmentalOrganization";
        }

        return sector is "GOV" or "MIL" or "LEG" or "JUD" or "COP" or "SPY" or "ELI" ? "StateAgency" : "NonGovernmentalOrganization";
    }

    private static bool IsPerson(DictionaryEntry entry, SourceFile source)
    {
        if (entry.Comments.Exists(c => c.Contains("CountryInfo", StringComparison.Ordinal) || c.Contains("IGOrulers", StringComparison.Ordinal)))
        {
            return true;
        }

        // Country files list people by name with their office codes; the other files mostly list bodies, so
        // there a person also needs dated codes (a term of office) to be taken for one.
        var words = Words(entry.Phrases[0]);
        return (source == SourceFile.Countries || entry.Codes.Exists(c => !c.IsDefault))
            && words.Length is >= 2 and <= 4
            && !words.Any(InstitutionWords.Contains);
    }

    /// <summary>How a country's alternative name refers to it: its name (or a spelling of it), a demonym, or a place in it.</summary>
    private static string StateNameRule(string primary, string phrase, string[] words)
    {
        if (phrase == primary)
        {
            return "name";
        }

        // "THE_US" and "U.S.A." are the country's name, not a place in it.
        if (words.Length > 1 && words[0] == "THE")
        {
            words = words[1..];
        }

        if (words.Length == 1 && words[0].Replace(".", string.Empty, StringComparison.Ordinal) is { Length: <= 4 } acronym && acronym.All(char.IsAsciiLetterUpper))
        {
            return "name";
        }

        var primaryWords = Words(primary);
        var stem = primaryWords[0].Length >= 4 ? primaryWords[0][..4] : primaryWords[0];
        if (words.Length == 1 && DemonymEndings.Any(e => words[0].EndsWith(e, StringComparison.Ordinal)) && words[0].StartsWith(stem[..Math.Min(3, stem.Length)], StringComparison.Ordinal))
        {
            return "demonym";
        }

        return words[0].StartsWith(stem, StringComparison.Ordinal) || words.Any(w => w is "REPUBLIC" or "KINGDOM" or "STATE" or "STATES" or "FEDERATION")
            ? "name"
            : "place";
    }

    private string UniqueId(string slug)
    {
        var id = slug.Length == 0 ? "actor" : slug;
        for (var n = 2; _actors.ContainsKey(id); n++)
        {
            id = $"{(slug.Length == 0 ? "actor" : slug)}-{n}";
        }

        return id;
    }

    internal static string[] Words(string phrase) => phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"VLADIMIR_V._PUTIN" → "Vladimir V. Putin"; "ISLAMIC_STATE_OF_IRAQ" → "Islamic State of Iraq".</summary>
    internal static string TitleCase(string phrase)
    {
        var words = Words(phrase);
        var builder = new StringBuilder(phrase.Length);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            var word = words[w];
            if (Acronyms.Contains(word.Replace(".", string.Empty, StringComparison.Ordinal)))
            {
                builder.Append(word);
                continue;
            }

            if (w > 0 && LowerCaseWords.Contains(word))
            {
                builder.Append(word.ToLowerInvariant());
                continue;
            }

            var startOfPart = true;
            foreach (var c in word)
            {
                builder.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfPart = !char.IsLetterOrDigit(c) && c != '\'';
            }
        }

        return builder.ToString();
    }

    internal static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
        }

        return builder.ToString().Trim('-');
    }
}
