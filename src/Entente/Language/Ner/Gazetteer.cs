using System.Text.RegularExpressions;
using Entente.Language.Perceptron;

namespace Entente.Language.Ner;

/// <summary>
/// Names known to be persons, organisations, places or nationalities, matched case-insensitively over token
/// sequences by hash (no strings built). A model stores the gazetteer it was trained with, so the features it
/// sees at run time are the ones it learnt from.
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>Longest phrase, in tokens, that is matched.</summary>
    public const int MaxPhraseLength = 8;

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "PRESIDENT", "MINISTER", "PRIME", "KING", "QUEEN", "PRINCE", "GENERAL", "SECRETARY", "CHAIRMAN", "LEADER",
        "SENATOR", "GOVERNOR", "MR", "MR.", "DR", "DR.", "SHEIKH", "AMBASSADOR", "FORMER", "VICE", "DEPUTY", "CHIEF",
    };

    private static readonly string[] DemonymEndings = ["IAN", "IANS", "EAN", "EANS", "ESE", "ISH", "ICAN", "ICANS", "ENCH", "UTCH"];

    private readonly Dictionary<ulong, byte> _phrases;

    private Gazetteer(Dictionary<ulong, byte> phrases) => _phrases = phrases;

    /// <summary>An empty gazetteer (no gazetteer features).</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>Number of distinct phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>
    /// Marks each token with the types of the longest phrase covering it, scanning left to right: bits 0–4 are the
    /// types in <see cref="EntityTypes.All"/> order, bit 7 is set on a phrase's first token.
    /// </summary>
    public void Mark(ReadOnlySpan<string> words, Span<byte> marks)
    {
        marks[..words.Length].Clear();
        if (_phrases.Count == 0)
        {
            return;
        }

        var i = 0;
        while (i < words.Length)
        {
            var hash = new FeatureHash(0);
            var bestLength = 0;
            byte bestMask = 0;
            for (var length = 1; length <= MaxPhraseLength && i + length <= words.Length; length++)
            {
                hash = hash.Add(words[i + length - 1], lowercase: true);
                if (_phrases.TryGetValue(hash.Value, out var mask))
                {
                    bestLength = length;
                    bestMask = mask;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            marks[i] = (byte)(bestMask | 0x80);
            for (var j = 1; j < bestLength; j++)
            {
                marks[i + j] = bestMask;
            }

            i += bestLength;
        }
    }

    /// <summary>The type mask of a phrase given as tokens, 0 when unknown.</summary>
    public byte Lookup(ReadOnlySpan<string> words)
    {
        var hash = new FeatureHash(0);
        foreach (var word in words)
        {
            hash = hash.Add(word, lowercase: true);
        }

        return _phrases.GetValueOrDefault(hash.Value);
    }

    /// <summary>Writes the phrase hashes and masks.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_phrases.Count);

        // Sorted so that the same phrases always give the same bytes.
        foreach (var (hash, mask) in _phrases.OrderBy(p => p.Key))
        {
            writer.Write(hash);
            writer.Write(mask);
        }
    }

    /// <summary>Reads a gazetteer written by <see cref="Write"/>.</summary>
    public static Gazetteer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var phrases = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            phrases[reader.ReadUInt64()] = reader.ReadByte();
        }

        return new Gazetteer(phrases);
    }

    /// <summary>
    /// Builds a gazetteer from the PETRARCH-2 / Phoenix actor dictionaries in <paramref name="phoenixDirectory"/>
    /// (countries with their cities and demonyms, dated office holders, organisations, armed groups) and, when
    /// present, the tables data/gazetteer/countries.tsv and cities.tsv in <paramref name="gazetteerDirectory"/>.
    /// Missing folders are skipped.
    /// </summary>
    public static Gazetteer Build(string? phoenixDirectory, string? gazetteerDirectory)
    {
        var builder = new Dictionary<ulong, byte>();
        if (phoenixDirectory is not null && Directory.Exists(phoenixDirectory))
        {
            var countries = Path.Combine(phoenixDirectory, "Phoenix.Countries.actors.txt");
            if (File.Exists(countries))
            {
                AddPhoenixCountries(builder, countries);
            }

            foreach (var name in new[] { "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
            {
                var path = Path.Combine(phoenixDirectory, name);
                if (File.Exists(path))
                {
                    AddPhoenixOrganisations(builder, path);
                }
            }
        }

        if (gazetteerDirectory is not null)
        {
            AddTable(builder, Path.Combine(gazetteerDirectory, "countries.tsv"), isCityTable: false);
            AddTable(builder, Path.Combine(gazetteerDirectory, "cities.tsv"), isCityTable: true);
        }

        return new Gazetteer(builder);
    }

    private static void Add(Dictionary<ulong, byte> phrases, IEnumerable<string> tokens, string type)
    {
        var hash = new FeatureHash(0);
        var length = 0;
        foreach (var token in tokens)
        {
            hash = hash.Add(token, lowercase: true);
            length++;
        }

        if (length is 0 or > MaxPhraseLength)
        {
            return;
        }

        phrases[hash.Value] = (byte)(phrases.GetValueOrDefault(hash.Value) | EntityTypes.MaskOf(type));
    }

    /// <summary>Tokens of a Phoenix name: "RUSSIAN_FEDERATION_" → RUSSIAN, FEDERATION; null for unusable entries.</summary>
    private static string[]? PhoenixTokens(string name)
    {
        if (name.Length < 2 || name.Contains('(', StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == 0 || (tokens.Length == 1 && tokens[0].Length < 2) ? null : tokens;
    }

    private static void AddPhoenixCountries(Dictionary<ulong, byte> phrases, string path)
    {
        // An entry is a header line, "+" alias lines and tab-indented "[CODE dates]" lines. A bare three-letter
        // code makes a country (its aliases are spellings, cities and demonyms); a dated role code makes a person
        // (office holders); any other code an organisation (ministries, parliaments, parties).
        var names = new List<string>();
        string? code = null;
        var dated = false;
        var isPersonComment = false;

        void Flush()
        {
            if (names.Count > 0 && code is not null)
            {
                var header = names[0];
                var type = code.Length == 3 ? EntityTypes.GeoPolitical : dated || isPersonComment ? EntityTypes.Person : EntityTypes.Organization;
                foreach (var name in names)
                {
                    if (PhoenixTokens(name) is not { } tokens)
                    {
                        continue;
                    }

                    if (type == EntityTypes.Person && tokens.Any(TitleWords.Contains))
                    {
                        continue;
                    }

                    if (type == EntityTypes.GeoPolitical && tokens.Length == 1 && IsDemonym(tokens[0], header))
                    {
                        Add(phrases, tokens, EntityTypes.Nationality);
                        if (!tokens[0].EndsWith('S'))
                        {
                            Add(phrases, [tokens[0] + "S"], EntityTypes.Nationality);
                        }

                        continue;
                    }

                    Add(phrases, tokens, type);
                }
            }

            names.Clear();
            code = null;
            dated = false;
            isPersonComment = false;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var body = comment < 0 ? line : line[..comment];
            if (char.IsWhiteSpace(line[0]) || line[0] == '[')
            {
                ReadCode(body);
                continue;
            }

            if (line[0] != '+')
            {
                Flush();
                isPersonComment = comment >= 0 && line.Contains("CountryInfo", StringComparison.Ordinal);
            }

            var name = body.TrimStart('+').Trim();
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                ReadCode(name[bracket..]);
                name = name[..bracket].Trim();
            }

            names.Add(name);
        }

        Flush();

        void ReadCode(string text)
        {
            var match = CodePattern().Match(text);
            if (match.Success && code is null)
            {
                code = match.Groups[1].Value;
                dated = match.Groups[2].Success;
            }
        }
    }

    private static bool IsDemonym(string alias, string header)
    {
        var country = header.TrimEnd('_');
        if (alias.Contains('-', StringComparison.Ordinal) || alias.Length < 4 || alias == country)
        {
            return false;
        }

        if (DemonymEndings.Any(e => alias.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        // IRAQ → IRAQI, ISRAEL → ISRAELI, AFGHANISTAN → AFGHAN.
        return (alias.EndsWith('I') && country.StartsWith(alias[..^1], StringComparison.Ordinal))
            || (alias.EndsWith("AN", StringComparison.Ordinal) && country.Length > alias.Length + 2 && country.StartsWith(alias, StringComparison.Ordinal));
    }

    private static void AddPhoenixOrganisations(Dictionary<ulong, byte> phrases, string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] is '#' or '[' || char.IsWhiteSpace(raw[0]))
            {
                continue;
            }

            var name = raw.Split('#')[0].Split('[')[0].TrimStart('+').Trim();
            if (PhoenixTokens(name) is { } tokens && !tokens.Any(TitleWords.Contains))
            {
                Add(phrases, tokens, EntityTypes.Organization);
            }
        }
    }

    private static void AddTable(Dictionary<ulong, byte> phrases, string path, bool isCityTable)
    {
        if (!File.Exists(path))
        {
            return;
        }

        // The tables come from another part of the project; read any column whose header names a place name or
        // a demonym, so the layout may grow without breaking this reader.
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var columns = header
            .Select((name, index) => (index, type: ColumnType(name.ToLowerInvariant(), isCityTable)))
            .Where(c => c.type is not null)
            .ToList();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            foreach (var (index, type) in columns)
            {
                if (index >= cells.Length)
                {
                    continue;
                }

                foreach (var value in cells[index].Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(phrases, TokenPattern().Matches(value).Select(m => m.Value), type!);
                }
            }
        }
    }

    private static string? ColumnType(string column, bool isCityTable) =>
        column.Contains("demonym", StringComparison.Ordinal) || column.Contains("nationality", StringComparison.Ordinal) ? EntityTypes.Nationality
        : column.Contains("code", StringComparison.Ordinal) || column.Contains("id", StringComparison.Ordinal) && column.Length <= 4 ? null
        : column.Contains("name", StringComparison.Ordinal) || column.Contains("capital", StringComparison.Ordinal) || column.Contains("alias", StringComparison.Ordinal)
            || (isCityTable && column == "city") || (!isCityTable && column == "country") ? EntityTypes.GeoPolitical
        : null;

    [GeneratedRegex(@"\[([A-Z]{3,})(?:\s*([<>]?\d[\d\-<>]*))?")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\w+(?:[.'’]\w+)*\.?|[^\w\s]")]
    private static partial Regex TokenPattern();
}
