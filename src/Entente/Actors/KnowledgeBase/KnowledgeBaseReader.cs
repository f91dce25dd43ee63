using System.Globalization;

namespace Entente.Actors.KnowledgeBase;

/// <summary>
/// Reads the knowledge-base tables (actors.tsv, names.tsv, roles.tsv, agents.tsv converted from PETRARCH; curated.tsv
/// merged over them; data/gazetteer/countries.tsv when present) into actors, names and agents.
/// </summary>
internal sealed class KnowledgeBaseReader
{
    public const int ConvertedPriority = 0;
    public const int GazetteerPriority = 1;
    public const int CuratedPriority = 2;

    private readonly Dictionary<string, KbActor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbActor> _statesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string Name, NameRule Rule, int Priority)>> _names = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, string Sector, string Title, int Priority)> _agents = [];

    public IReadOnlyDictionary<string, KbActor> Actors => _actors;

    public IReadOnlyDictionary<string, KbActor> StatesByCode => _statesByCode;

    public IReadOnlyDictionary<string, List<(string Name, NameRule Rule, int Priority)>> Names => _names;

    public IReadOnlyList<(string Phrase, string Sector, string Title, int Priority)> Agents => _agents;

    public static KnowledgeBaseReader Read(string directory)
    {
        var reader = new KnowledgeBaseReader();
        reader.ReadConverted(directory);
        var gazetteer = Path.Combine(directory, "..", "gazetteer", "countries.tsv");
        if (File.Exists(gazetteer))
        {
            reader.ReadGazetteer(gazetteer);
        }

        var curated = Path.Combine(directory, "curated.tsv");
        if (File.Exists(curated))
        {
            reader.ReadCurated(curated);
        }

        foreach (var actor in reader._actors.Values)
        {
            if (actor.Kind == ActorKind.State && actor.DefaultCode is { Length: 3 } code)
            {
                reader._statesByCode[code] = actor;
            }
        }

        return reader;
    }

    /// <summary>
    /// Reads the converted tables field by field from spans: they hold about a hundred thousand lines, and
    /// splitting every line into strings made garbage collection the larger part of loading.
    /// </summary>
    private void ReadConverted(string directory)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var actors = _actors.GetAlternateLookup<ReadOnlySpan<char>>();

        foreach (var (line, file, n) in Lines(Path.Combine(directory, "actors.tsv"), 5))
        {
            var rest = line.AsSpan();
            var actor = new KbActor(Next(ref rest).ToString())
            {
                Name = Next(ref rest).ToString(),
                Kind = ParseKind(Next(ref rest).ToString(), file, n),
                DefaultCode = Intern(strings, Next(ref rest)),
                Country = Intern(strings, Next(ref rest)),
            };
            if (!_actors.TryAdd(actor.Id, actor))
            {
                throw Error(file, n, $"actor id '{actor.Id}' appears twice");
            }
        }

        foreach (var (line, file, n) in Lines(Path.Combine(directory, "names.tsv"), 3))
        {
            var rest = line.AsSpan();
            var actor = Actor(actors, Next(ref rest), file, n);
            var name = Next(ref rest).ToString();
            AddName(actor.Id, name, ParseRule(Next(ref rest).ToString(), file, n), ConvertedPriority);
        }

        foreach (var (line, file, n) in Lines(Path.Combine(directory, "roles.tsv"), 5))
        {
            var rest = line.AsSpan();
            var actor = Actor(actors, Next(ref rest), file, n);
            var code = Intern(strings, Next(ref rest)) ?? throw Error(file, n, "role without a code");
            var title = Intern(strings, Next(ref rest));
            var from = ParseDate(Next(ref rest), file, n);
            actor.Roles.Add(new KbRole(code, title, from, ParseDate(Next(ref rest), file, n)));
        }

        foreach (var (line, file, n) in Lines(Path.Combine(directory, "agents.tsv"), 4))
        {
            var rest = line.AsSpan();
            var phrase = Next(ref rest).ToString();
            var sector = Intern(strings, Next(ref rest)) ?? throw Error(file, n, "agent without a sector");
            Next(ref rest);
            _agents.Add((phrase, sector, Next(ref rest).ToString(), ConvertedPriority));
        }
    }

    private static KbActor Actor(Dictionary<string, KbActor>.AlternateLookup<ReadOnlySpan<char>> actors, ReadOnlySpan<char> id, string file, int lineNumber) =>
        actors.TryGetValue(id, out var actor) ? actor : throw Error(file, lineNumber, $"unknown actor id '{id}'");

    /// <summary>The text up to the next tab, moving past it.</summary>
    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        var field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field;
    }

    /// <summary>One shared string for each distinct code or country; null for an empty field.</summary>
    private static string? Intern(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> strings, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (!strings.TryGetValue(text, out var value))
        {
            value = text.ToString();
            strings[value] = value;
        }

        return value;
    }

    private static IEnumerable<(string Line, string File, int LineNumber)> Lines(string path, int minimumFields)
    {
        var file = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.AsSpan().Count('\t') + 1;
            if (fields < minimumFields)
            {
                throw Error(file, lineNumber, $"expected {minimumFields} tab-separated fields, found {fields}");
            }

            yield return (line, file, lineNumber);
        }
    }

    /// <summary>Country names, demonyms and capitals from the gazetteer (iso3, iso2, name, official_name, alt_names, demonyms, capital, …).</summary>
    private void ReadGazetteer(string path)
    {
        foreach (var (f, line, n) in Rows(path, 7))
        {
            if (f[0].Equals("iso3", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var iso3 = f[0].ToUpperInvariant();
            var state = State(iso3, f[2]);
            foreach (var name in new[] { f[2], f[3] }.Concat(f[4].Split('|')))
            {
                AddName(state.Id, name, NameRule.Name, GazetteerPriority);
            }

            foreach (var demonym in f[5].Split('|'))
            {
                AddName(state.Id, demonym, NameRule.Demonym, GazetteerPriority);
            }

            if (f[6].Length > 0)
            {
                AddName(Government(iso3).Id, f[6], NameRule.Capital, GazetteerPriority);
            }
        }
    }

    private void ReadCurated(string path)
    {
        var rolesReplaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (f, line, n) in Rows(path, 2))
        {
            switch (f[0])
            {
                case "actor":
                    Require(f, 6, line, n);
                    if (!_actors.TryGetValue(f[1], out var actor))
                    {
                        actor = new KbActor(f[1]);
                        _actors.Add(actor.Id, actor);
                    }

                    actor.Name = f[2];
                    actor.Kind = ParseKind(f[3], line, n);
                    actor.DefaultCode = Blank(f[4]);
                    actor.Country = Blank(f[5]);
                    break;
                case "name":
                    Require(f, 3, line, n);
                    Actor(f[1], line, n);
                    var rule = f.Length > 3 ? ParseRule(f[3], line, n) : NameRule.Name;
                    foreach (var name in f[2].Split('|'))
                    {
                        AddName(f[1], name, rule, CuratedPriority);
                    }

                    break;
                case "role":
                    Require(f, 6, line, n);
                    var holder = Actor(f[1], line, n);
                    if (rolesReplaced.Add(holder.Id))
                    {
                        // Curated roles are the whole record for that actor: the converted ones stop about 2015
                        // and would otherwise compete with them.
                        holder.Roles.Clear();
                    }

                    holder.Roles.Add(new KbRole(f[2], Blank(f[3]), ParseDate(f[4], line, n), ParseDate(f[5], line, n)));
                    break;
                case "merge":
                    Require(f, 3, line, n);
                    Merge(f[1], f[2], line, n);
                    break;
                case "capital":
                    Require(f, 3, line, n);
                    foreach (var name in f[2].Split('|'))
                    {
                        AddName(Government(f[1]).Id, name, NameRule.Capital, CuratedPriority);
                    }

                    break;
                case "demonym":
                    Require(f, 3, line, n);
                    var state = State(f[1], null);
                    foreach (var name in f[2].Split('|'))
                    {
                        AddName(state.Id, name, NameRule.Demonym, CuratedPriority);
                    }

                    break;
                case "agent":
                    Require(f, 5, line, n);
                    foreach (var phrase in f[1].Split('|'))
                    {
                        _agents.Add((phrase, f[2], f[4], CuratedPriority));
                    }

                    break;
                default:
                    throw Error(line, n, $"unknown record '{f[0]}' (expected actor, name, role, merge, capital, demonym or agent)");
            }
        }
    }

    /// <summary>Moves a converted actor's names onto a curated one; the converted actor itself goes.</summary>
    private void Merge(string fromId, string intoId, string file, int lineNumber)
    {
        Actor(intoId, file, lineNumber);
        if (!_actors.Remove(fromId))
        {
            throw Error(file, lineNumber, $"actor '{fromId}' to merge does not exist");
        }

        if (_names.Remove(fromId, out var names))
        {
            foreach (var (name, rule, priority) in names)
            {
                AddName(intoId, name, rule, priority);
            }
        }
    }

    private KbActor State(string iso3, string? name)
    {
        var id = iso3.ToLowerInvariant();
        if (!_actors.TryGetValue(id, out var state))
        {
            state = new KbActor(id) { Name = name ?? iso3, Kind = ActorKind.State, DefaultCode = iso3.ToUpperInvariant(), Country = iso3.ToUpperInvariant() };
            _actors.Add(id, state);
        }

        return state;
    }

    /// <summary>The government of a state, which its capital and seat of government stand for ("Moscow" → RUSGOV).</summary>
    private KbActor Government(string iso3)
    {
        var code = iso3.ToUpperInvariant();
        var id = $"{iso3.ToLowerInvariant()}-government";
        if (!_actors.TryGetValue(id, out var government))
        {
            var countryName = _actors.TryGetValue(iso3.ToLowerInvariant(), out var state) ? state.Name : code;
            government = new KbActor(id) { Name = $"Government of {countryName}", Kind = ActorKind.StateAgency, DefaultCode = code + "GOV", Country = code };
            _actors.Add(id, government);
        }

        return government;
    }

    private void AddName(string id, string name, NameRule rule, int priority)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (!_names.TryGetValue(id, out var list))
        {
            list = [];
            _names.Add(id, list);
        }

        list.Add((trimmed, rule, priority));
    }

    private KbActor Actor(string id, string file, int lineNumber) =>
        _actors.TryGetValue(id, out var actor) ? actor : throw Error(file, lineNumber, $"unknown actor id '{id}'");

    private static IEnumerable<(string[] Fields, string File, int Line)> Rows(string path, int minimumFields)
    {
        var file = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            Require(fields, minimumFields, file, lineNumber);
            yield return (fields, file, lineNumber);
        }
    }

    private static void Require(string[] fields, int count, string file, int lineNumber)
    {
        if (fields.Length < count)
        {
            throw Error(file, lineNumber, $"expected {count} tab-separated fields, found {fields.Length}");
        }
    }

    private static ActorKind ParseKind(string text, string file, int lineNumber) => text switch
    {
        "State" => ActorKind.State,
        "StateAgency" => ActorKind.StateAgency,
        "Person" => ActorKind.Person,
        "InternationalOrganization" => ActorKind.InternationalOrganization,
        "NonGovernmentalOrganization" => ActorKind.NonGovernmentalOrganization,
        "ArmedGroup" => ActorKind.ArmedGroup,
        "Region" => ActorKind.Region,
        "Group" => ActorKind.Group,
        _ => throw Error(file, lineNumber, $"unknown actor kind '{text}'"),
    };

    private static NameRule ParseRule(string text, string file, int lineNumber) => text switch
    {
        "name" => NameRule.Name,
        "demonym" => NameRule.Demonym,
        "place" => NameRule.Place,
        "capital" => NameRule.Capital,
        _ => throw Error(file, lineNumber, $"unknown name rule '{text}' (expected name, demonym, place or capital)"),
    };

    private static DateOnly? ParseDate(ReadOnlySpan<char> text, string file, int lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Parsed by hand: the tables hold tens of thousands of dates and the general parser is the slow part of loading.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        throw Error(file, lineNumber, $"'{text.ToString()}' is not a yyyy-MM-dd date");
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static InvalidDataException Error(string file, int lineNumber, string message) =>
        new($"{file}:{lineNumber}: {message}");
}
