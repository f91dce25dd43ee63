using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Serialization;

/// <summary>The JSON conventions of Entente's records: camelCase names, lower-case enum values, nulls kept.</summary>
public static class EntenteJson
{
    /// <summary>Options for one-line output (JSON Lines, API).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Options for readable output (golden files, <c>--format json</c>).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Evidence text is shown to people and compared in golden files: keep quotes and non-ASCII readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
