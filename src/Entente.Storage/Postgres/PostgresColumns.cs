using Entente.Storage.Schema;

namespace Entente.Storage.Postgres;

/// <summary>
/// Select lists that read PostgreSQL rows into the shared row classes, which take dates and times as the text
/// SQLite stores: dates as yyyy-MM-dd and times in .NET's round-trip form.
/// </summary>
internal static class PostgresColumns
{
    private static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal) { "published_on", "event_date" };

    private static readonly HashSet<string> TimeColumns = new(StringComparer.Ordinal) { "ingested_at" };

    /// <summary>Every column of <paramref name="table"/>, prefixed with <paramref name="alias"/>, dates and times as text.</summary>
    public static string Of<T>(StoreTable<T> table, string alias)
        => string.Join(", ", table.Columns.Select(column => Read(alias, column.Name, column.Name)));

    /// <summary>One column read under <paramref name="name"/>, as text when it holds a date or time.</summary>
    public static string Read(string alias, string column, string name)
    {
        var qualified = $"{alias}.{column}";
        if (DateColumns.Contains(column))
        {
            return $"to_char({qualified}, 'YYYY-MM-DD') AS {name}";
        }

        // PostgreSQL keeps microseconds; the round-trip form has seven fractional digits, so a zero is appended.
        return TimeColumns.Contains(column)
            ? $"""to_char({qualified} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"0+00:00"') AS {name}"""
            : column == name ? qualified : $"{qualified} AS {name}";
    }
}
