using System.Collections.Frozen;
using System.Text.Json;

namespace Entente.Storage.Schema;

/// <summary>
/// Enum values as stored: the same camelCase names as in Entente's JSON ("stateAgency", "reported"), so a person
/// or tool reading the database sees the words of the JSON output rather than opaque numbers.
/// </summary>
internal static class EnumText
{
    /// <summary>The stored text of <paramref name="value"/>.</summary>
    public static string From<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Names<TEnum>.ToText.TryGetValue(value, out var text)
            ? text
            : throw new EventStoreException($"{typeof(TEnum).Name} value {value} has no stored name.");

    /// <summary>The enum value stored as <paramref name="text"/> in <paramref name="column"/>.</summary>
    public static TEnum Parse<TEnum>(string text, string column)
        where TEnum : struct, Enum
        => Names<TEnum>.FromText.TryGetValue(text, out var value)
            ? value
            : throw new EventStoreException(
                $"Column {column} holds \"{text}\", which is not a {typeof(TEnum).Name} ({string.Join(", ", Names<TEnum>.FromText.Keys)}).");

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToText =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromText =
            ToText.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
