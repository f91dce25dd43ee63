using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Infrastructure;

/// <summary>
/// The event filters <c>entente events</c> and <c>entente export</c> share (--actor, --dyad, --since, --until,
/// --code, --quad), built once so both commands read and refuse them the same way.
/// </summary>
internal sealed class EventFilterOptions
{
    private EventFilterOptions()
    {
        Dyad.CustomParser = result =>
        {
            try
            {
                return Storage.Dyad.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty);
            }
            catch (FormatException exception)
            {
                result.AddError($"--dyad: {exception.Message}");
                return null;
            }
        };
        Quad.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int[]?>() is { } quads && quads.Any(quad => quad is < 1 or > 4))
            {
                result.AddError($"--quad: quad classes are 1 to 4 (1 verbal cooperation … 4 material conflict); got {string.Join(",", quads)}.");
            }
        });
        Code.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && (value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit)))
            {
                result.AddError($"--code: '{value}' is not a CAMEO code prefix (two to four digits, e.g. 04 or 042).");
            }
        });
    }

    /// <summary>--actor: an actor on either side.</summary>
    public Option<string?> Actor { get; } = new("--actor")
    {
        Description = "An actor on either side: code prefix (RUS, RUSGOV), actor id or name",
        HelpName = "ACTOR",
    };

    /// <summary>--dyad A:B: events between two actors, either direction.</summary>
    public Option<Dyad?> Dyad { get; } = new("--dyad")
    {
        Description = "Events between two actors, either direction (RUS:IRN)",
        HelpName = "A:B",
    };

    /// <summary>--since: earliest event date.</summary>
    public Option<DateOnly?> Since { get; } = CliOptions.Date("--since", "Earliest event date, inclusive");

    /// <summary>--until: latest event date.</summary>
    public Option<DateOnly?> Until { get; } = CliOptions.Date("--until", "Latest event date, inclusive");

    /// <summary>--code: CAMEO code prefix.</summary>
    public Option<string?> Code { get; } = new("--code")
    {
        Description = "CAMEO code prefix: 04 matches 04, 040, 042, …",
        HelpName = "CAMEO",
    };

    /// <summary>--quad: quad classes (--quad 3 4, or the option repeated).</summary>
    public Option<int[]?> Quad { get; } = new("--quad")
    {
        Description = "Only these quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (--quad 3 4)",
        HelpName = "1-4",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The six options, in help order.</summary>
    public IEnumerable<Option> All => [Actor, Dyad, Since, Until, Code, Quad];

    /// <summary>A fresh set of the options, for one command.</summary>
    public static EventFilterOptions Create() => new();

    /// <summary>The query the parsed options describe, with the default page.</summary>
    public EventQuery ToQuery(ParseResult parseResult) => new()
    {
        Actor = parseResult.GetValue(Actor),
        Dyad = parseResult.GetValue(Dyad),
        Since = parseResult.GetValue(Since),
        Until = parseResult.GetValue(Until),
        CodePrefix = parseResult.GetValue(Code),
        QuadClasses = parseResult.GetValue(Quad),
    };

    /// <summary>The complaint about a date range that is empty by construction, or null when it is fine.</summary>
    public static string? CheckRange(EventQuery query) =>
        query.Since > query.Until ? $"--since {query.Since:yyyy-MM-dd} is after --until {query.Until:yyyy-MM-dd}." : null;
}
