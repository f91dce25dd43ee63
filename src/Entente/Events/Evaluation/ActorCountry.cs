namespace Entente.Events.Evaluation;

/// <summary>Reduces actor codes to the country-level code gold standards score: ISO3, or the IGO/NGO/IMG family.</summary>
public static class ActorCountry
{
    // Old CAMEO country codes that differ from ISO 3166-1 alpha-3.
    private static readonly Dictionary<string, string> LegacyCodes = new(StringComparer.Ordinal)
    {
        ["JAP"] = "JPN", ["ITL"] = "ITA", ["VTN"] = "VAT", ["GER"] = "DEU", ["ROM"] = "ROU", ["ZAR"] = "COD", ["TMP"] = "TLS", ["BUR"] = "MMR",
    };

    private static readonly string[] NonStateFamilies = ["IGO", "NGO", "IMG", "ISM", "MNC"];

    /// <summary>The country-level code of an actor code and country ("RUSGOV" → "RUS", "IGOUNO" → "IGO").</summary>
    public static string Of(string code, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.StartsWith("---", StringComparison.Ordinal) && country is null)
        {
            // An actor of no known country ("gunmen", "a car bomb") claims no country: the gold standards write "-".
            return "-";
        }

        foreach (var family in NonStateFamilies)
        {
            if (code.StartsWith(family, StringComparison.Ordinal))
            {
                return family;
            }
        }

        var candidate = country ?? (code.Length >= 3 ? code[..3] : code);
        return LegacyCodes.GetValueOrDefault(candidate, candidate);
    }
}
