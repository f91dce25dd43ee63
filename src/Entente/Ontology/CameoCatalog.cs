using System.Collections.Frozen;
using Entente.Pipeline;

namespace Entente.Ontology;

/// <summary>
/// The CAMEO event codes with their Goldstein weights, quad classes and PLOVER equivalents, the PLOVER types,
/// and the CAMEO actor type codes, read from <c>data/cameo/</c>. Immutable and thread-safe once loaded.
/// </summary>
public sealed class CameoCatalog
{
    private static readonly Lazy<CameoCatalog> DefaultCatalog = new(() => Load(EntenteFiles.Resolve("data/cameo")));

    private readonly FrozenDictionary<string, EventCodeInfo> _codes;
    private readonly FrozenDictionary<string, string[]> _codesByPlover;
    private readonly FrozenDictionary<string, PloverTypeInfo> _ploverTypes;
    private readonly FrozenDictionary<string, ActorTypeInfo> _actorTypes;

    private CameoCatalog(List<EventCodeInfo> codes, List<PloverTypeInfo> ploverTypes, List<ActorTypeInfo> actorTypes)
    {
        All = codes;
        _codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _codesByPlover = codes
            .Where(c => c.PloverType is not null)
            .GroupBy(c => c.PloverType!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray(), StringComparer.OrdinalIgnoreCase);
        PloverTypes = ploverTypes;
        _ploverTypes = ploverTypes.ToFrozenDictionary(p => p.Type, StringComparer.OrdinalIgnoreCase);
        ActorTypes = actorTypes;
        _actorTypes = actorTypes.ToFrozenDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalog of the tables shipped with Entente, loaded on first use.</summary>
    public static CameoCatalog Default => DefaultCatalog.Value;

    /// <summary>Every event code in code order (roots "01".."20" and their subcodes).</summary>
    public IReadOnlyList<EventCodeInfo> All { get; }

    /// <summary>The 16 PLOVER types.</summary>
    public IReadOnlyList<PloverTypeInfo> PloverTypes { get; }

    /// <summary>Sector, region and country codes.</summary>
    public IReadOnlyList<ActorTypeInfo> ActorTypes { get; }

    /// <summary>Reads event-codes.tsv, plover-types.tsv and actor-types.tsv from <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">When a table is malformed; the message names the file and line.</exception>
    public static CameoCatalog Load(string directory)
    {
        var codes = new List<EventCodeInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(Path.Combine(directory, "event-codes.tsv"), "code", "name", "description", "goldstein", "quad_class", "plover_type", "plover_mode").Rows)
        {
            var code = row.Required("code");
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw row.Error($"'{code}' is not a CAMEO code of two to four digits.");
            }

            if (!seen.Add(code))
            {
                throw row.Error($"the code {code} appears twice.");
            }

            var quadClass = (int)row.Number("quad_class");
            if (quadClass is < 1 or > 4)
            {
                throw row.Error($"quad class {quadClass} is not 1 to 4.");
            }

            var goldstein = row.Number("goldstein");
            if (goldstein is < -10 or > 10)
            {
                throw row.Error($"Goldstein weight {goldstein} is outside -10..10.");
            }

            codes.Add(new EventCodeInfo(code, row.Required("name"), code[..2], quadClass, goldstein, row.Optional("plover_type"), row.Optional("plover_mode"))
            {
                Description = row.Optional("description"),
            });
        }

        codes.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

        var ploverTypes = TsvFile.Read(Path.Combine(directory, "plover-types.tsv"), "type", "modes", "description").Rows
            .Select(row => new PloverTypeInfo(row.Required("type"), row.List("modes"), row["description"]))
            .ToList();
        var actorTypes = TsvFile.Read(Path.Combine(directory, "actor-types.tsv"), "code", "name", "kind").Rows
            .Select(row => new ActorTypeInfo(row.Required("code"), row.Required("name"), row.Required("kind")))
            .ToList();
        return new CameoCatalog(codes, ploverTypes, actorTypes);
    }

    /// <summary>The entry for <paramref name="code"/> ("042"), or null when CAMEO has no such code.</summary>
    public EventCodeInfo? Find(string code) =>
        code is not null && _codes.TryGetValue(code.Trim(), out var info) ? info : null;

    /// <summary>The entry for <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">When CAMEO has no such code.</exception>
    public EventCodeInfo Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"'{code}' is not a CAMEO event code (expected one of the {All.Count} codes in data/cameo/event-codes.tsv, e.g. \"042\").");

    /// <summary>The CAMEO codes that map to <paramref name="ploverType"/> (case-insensitive), in code order; empty for an unknown type.</summary>
    public IReadOnlyList<string> CodesForPlover(string ploverType) =>
        ploverType is not null && _codesByPlover.TryGetValue(ploverType, out var codes) ? codes : [];

    /// <summary>The PLOVER type <paramref name="type"/> (case-insensitive), or null.</summary>
    public PloverTypeInfo? FindPloverType(string type) =>
        type is not null && _ploverTypes.TryGetValue(type, out var info) ? info : null;

    /// <summary>The actor type for a CAMEO code such as "GOV", "MEA" or "IRN" (case-insensitive), or null.</summary>
    public ActorTypeInfo? FindActorType(string code) =>
        code is not null && _actorTypes.TryGetValue(code, out var info) ? info : null;

    /// <summary>The English name of a sector, region or country code ("MIL" → "Military"), or null.</summary>
    public string? ActorTypeName(string code) => FindActorType(code)?.Name;
}
