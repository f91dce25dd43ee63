using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Entente.Cli.Infrastructure;

/// <summary>Options several commands share, built the same way so they read and fail the same way.</summary>
internal static class CliOptions
{
    /// <summary>The date format every date option accepts.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A date option in yyyy-MM-dd; anything else is a parse error naming the option and the value.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = ParseDate,
    };

    /// <summary>The event database: a SQLite path; else <c>ENTENTE_DB</c>; else <c>entente.db</c>.</summary>
    public static Option<string?> Database() => new("--db")
    {
        Description = "Event database (SQLite file path). Default: $ENTENTE_DB, else entente.db",
        HelpName = "DB",
    };

    /// <summary>How query results are written.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table, json, jsonl or csv",
        HelpName = "table|json|jsonl|csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>A count that must be at least <paramref name="minimum"/>.</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int minimum = 1)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
            {
                result.AddError($"{name} must be at least {minimum}.");
            }
        });
        return option;
    }

    /// <summary>Parses a yyyy-MM-dd text, or null.</summary>
    public static DateOnly? TryParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TryParseDate(text) is { } date)
        {
            return date;
        }

        var optionName = (result.Parent as OptionResult)?.Option.Name ?? "date";
        result.AddError($"{optionName}: '{text}' is not a date in the form {DateFormat} (e.g. 2024-10-12).");
        return null;
    }
}
