using System.Globalization;

namespace Entente.Storage.Schema;

/// <summary>Turns stored text back into dates and times.</summary>
internal static class StoredValues
{
    /// <summary>A date stored as yyyy-MM-dd, or null.</summary>
    public static DateOnly? Date(string? text)
        => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time stored in round-trip form.</summary>
    public static DateTimeOffset Time(string text)
        => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>A count or offset stored as a 64-bit integer.</summary>
    public static int Int(long value) => checked((int)value);
}
