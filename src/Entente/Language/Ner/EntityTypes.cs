namespace Entente.Language.Ner;

/// <summary>The entity types the recogniser labels, and their BIO tag set.</summary>
public static class EntityTypes
{
    /// <summary>Persons.</summary>
    public const string Person = "PER";

    /// <summary>Organisations (governments' bodies, parties, armed groups, companies, IGOs).</summary>
    public const string Organization = "ORG";

    /// <summary>Geo-political entities: countries, states, cities.</summary>
    public const string GeoPolitical = "GPE";

    /// <summary>Other locations: regions, seas, mountains.</summary>
    public const string Location = "LOC";

    /// <summary>Nationalities and religious or political groups ("Iranian", "Russians").</summary>
    public const string Nationality = "NORP";

    /// <summary>The types in label order.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Organization, GeoPolitical, Location, Nationality];

    /// <summary>The BIO labels: "O", then B-X and I-X for each type in <see cref="All"/> order.</summary>
    public static IReadOnlyList<string> BioLabels { get; } = ["O", .. All.SelectMany(t => new[] { "B-" + t, "I-" + t })];

    /// <summary>The bit of a type in a <see cref="Gazetteer"/> mask.</summary>
    public static byte MaskOf(string type) => (byte)(1 << IndexOf(type));

    /// <summary>The position of a type in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string type)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
