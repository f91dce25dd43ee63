using System.Data;
using Dapper;

namespace Entente.Storage.Schema;

/// <summary>
/// The WHERE clause and parameters of an <see cref="EventQuery"/>, shared by every store; the few places where
/// SQL dialects differ (dates, case-insensitive names, booleans) come from the <see cref="SqlDialect"/>.
/// </summary>
internal static class EventQueryFilter
{
    /// <summary>The ORDER BY of an event query: by date (undated last), then a fixed tie-break so pages never overlap.</summary>
    public static string OrderBy(EventQuery query) => query.NewestFirst
        ? "ORDER BY e.event_date DESC NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.id"
        : "ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.id";

    public static (string Where, DynamicParameters Parameters) Build(EventQuery query, SqlDialect dialect)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            var codes = PrefixRange.Of(actor);
            parameters.Add("actor", actor);
            parameters.Add("actorFrom", codes.From);
            parameters.Add("actorBefore", codes.Before);
            conditions.Add($"""
                ((e.source_code >= @actorFrom AND e.source_code < @actorBefore)
                 OR (e.target_code >= @actorFrom AND e.target_code < @actorBefore)
                 OR e.source_actor_id = @actor OR e.target_actor_id = @actor
                 OR {dialect.EqualsIgnoringCase("e.source_name", "@actor")} OR {dialect.EqualsIgnoringCase("e.target_name", "@actor")})
                """);
        }

        if (query.Dyad is { } dyad)
        {
            var first = PrefixRange.Of(dyad.First);
            var second = PrefixRange.Of(dyad.Second);
            parameters.Add("firstFrom", first.From);
            parameters.Add("firstBefore", first.Before);
            parameters.Add("secondFrom", second.From);
            parameters.Add("secondBefore", second.Before);
            const string forward = """
                (e.source_code >= @firstFrom AND e.source_code < @firstBefore
                 AND e.target_code >= @secondFrom AND e.target_code < @secondBefore)
                """;
            const string backward = """
                (e.source_code >= @secondFrom AND e.source_code < @secondBefore
                 AND e.target_code >= @firstFrom AND e.target_code < @firstBefore)
                """;
            conditions.Add(query.DyadDirected ? forward : $"({forward} OR {backward})");
        }

        if (query.Since is { } since)
        {
            dialect.AddDate(parameters, "since", since);
            conditions.Add("e.event_date >= @since");
        }

        if (query.Until is { } until)
        {
            dialect.AddDate(parameters, "until", until);
            conditions.Add("e.event_date <= @until");
        }

        if (!string.IsNullOrWhiteSpace(query.CodePrefix))
        {
            var codes = PrefixRange.Of(query.CodePrefix);
            parameters.Add("codeFrom", codes.From);
            parameters.Add("codeBefore", codes.Before);
            conditions.Add("e.cameo >= @codeFrom AND e.cameo < @codeBefore");
        }

        if (query.QuadClasses is { Count: > 0 } quads)
        {
            var names = new List<string>();
            foreach (var quad in quads.Distinct())
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(quad, 1, nameof(query.QuadClasses));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(quad, 4, nameof(query.QuadClasses));
                names.Add($"@quad{quad}");
                parameters.Add($"quad{quad}", quad);
            }

            conditions.Add($"e.quad_class IN ({string.Join(", ", names)})");
        }

        if (query.Modality is { } modality)
        {
            parameters.Add("modality", EnumText.From(modality));
            conditions.Add("e.modality = @modality");
        }

        if (!query.IncludeNegated)
        {
            conditions.Add(dialect.IsFalse("e.negated"));
        }

        if (query.ArticleId is { } articleId)
        {
            parameters.Add("articleId", articleId);
            conditions.Add("e.article_id = @articleId");
        }

        parameters.Add("limit", query.Limit);
        parameters.Add("offset", query.Offset);
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", conditions), parameters);
    }
}

/// <summary>What differs between the SQL of SQLite and PostgreSQL in the shared queries.</summary>
/// <param name="AddDate">Adds a date parameter in the column's storage form.</param>
/// <param name="EqualsIgnoringCase">SQL comparing a column with a parameter, ignoring case.</param>
/// <param name="IsFalse">SQL testing a boolean column for false.</param>
internal sealed record SqlDialect(Action<DynamicParameters, string, DateOnly> AddDate, Func<string, string, string> EqualsIgnoringCase, Func<string, string> IsFalse)
{
    public static SqlDialect Sqlite { get; } = new(
        (parameters, name, date) => parameters.Add(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        (column, parameter) => $"{column} = {parameter} COLLATE NOCASE",
        column => $"{column} = 0");

    public static SqlDialect Postgres { get; } = new(
        (parameters, name, date) => parameters.Add(name, date.ToDateTime(TimeOnly.MinValue), DbType.Date),
        (column, parameter) => $"lower({column}) = lower({parameter})",
        column => $"NOT {column}");
}
