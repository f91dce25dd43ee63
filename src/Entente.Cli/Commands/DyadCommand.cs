using System.CommandLine;
using System.Globalization;
using Entente.Analysis;
using Entente.Cli.Analysis;
using Entente.Cli.Infrastructure;

namespace Entente.Cli.Commands;

/// <summary><c>entente dyad RUS IRN</c>: the dyad's event clusters per day, week or month.</summary>
internal static class DyadCommand
{
    private static readonly Column<SeriesPoint>[] Columns =
    [
        new("start", point => AnalysisRun.Date(point.Start)),
        new("end", point => AnalysisRun.Date(point.End)),
        new("events", point => AnalysisRun.Count(point.Events)),
        new("verbal_coop", point => AnalysisRun.Count(point.VerbalCooperation)),
        new("material_coop", point => AnalysisRun.Count(point.MaterialCooperation)),
        new("verbal_conflict", point => AnalysisRun.Count(point.VerbalConflict)),
        new("material_conflict", point => AnalysisRun.Count(point.MaterialConflict)),
        new("goldstein_sum", point => AnalysisRun.Number(point.GoldsteinSum)),
        new("goldstein_mean", point => AnalysisRun.Number(point.GoldsteinMean)),
        new("reports", point => AnalysisRun.Count(point.Reports)),
        new("clusters", point => string.Join(' ', point.ClusterIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))),
    ];

    public static Command Create()
    {
        var first = new Argument<string>("first") { Description = "First side: a country (RUS) or the code of an actor without one (IGOUNO)" };
        var second = new Argument<string>("second") { Description = "Second side" };
        var interval = new Option<SeriesInterval>("--interval")
        {
            Description = "Width of a point: day, week (ISO, from Monday) or month",
            HelpName = "day|week|month",
            DefaultValueFactory = _ => SeriesInterval.Week,
        };
        var since = CliOptions.Date("--since", "Earliest event date, inclusive");
        var until = CliOptions.Date("--until", "Latest event date, inclusive");
        var directed = new Option<bool>("--directed") { Description = "Only events of the first side toward the second" };
        var trend = new Option<bool>("--trend") { Description = "Also print the trend over the period (table format)" };
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("dyad", "Event clusters between two countries over time: counts per quad class and Goldstein sum and mean per day, week or month");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        foreach (var option in new Option[] { interval, since, until, directed, trend, db, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => AnalysisRun.WithStoreAsync(parseResult.GetValue(db), "dyad", async (store, streams) =>
        {
            var analyzer = new RelationsAnalyzer(store);
            var (a, b) = (parseResult.GetValue(first)!, parseResult.GetValue(second)!);
            var series = await analyzer.DyadSeriesAsync(
                a, b, parseResult.GetValue(interval), parseResult.GetValue(since), parseResult.GetValue(until), parseResult.GetValue(directed), cancellationToken: cancellationToken);
            var outputFormat = parseResult.GetValue(format);
            if (outputFormat == OutputFormat.Json)
            {
                await AnalysisRun.WriteJsonAsync(streams, series);
                return 0;
            }

            await ResultWriter.WriteAsync(streams, outputFormat, series.Points, Columns, point => point, $"No events between {series.First} and {series.Second}.");
            var agentCode = new[] { series.First, series.Second }.FirstOrDefault(side => side.Length > 3);
            if (series.Total.Events == 0 && agentCode is not null)
            {
                // Clusters are keyed by country; an agent code such as RUSGOV names no side of any cluster.
                await streams.Error.WriteLineAsync(
                    "entente dyad: series are between countries (RUS) or actors without a country (IGOUNO); " +
                    $"for a country's government or military use its country code ({agentCode} → {agentCode[..3]}).");
            }
            if (outputFormat == OutputFormat.Table && series.Total.Events > 0)
            {
                var total = series.Total;
                await streams.Out.WriteLineAsync(
                    $"{series.First}–{series.Second}: {total.Events} events ({total.Cooperation} cooperation, {total.Conflict} conflict) from {total.Reports} reports; " +
                    $"Goldstein sum {AnalysisRun.Number(total.GoldsteinSum)}, mean {AnalysisRun.Number(total.GoldsteinMean)}.");
                if (parseResult.GetValue(trend))
                {
                    var reading = await analyzer.DyadTrendAsync(a, b, parseResult.GetValue(since), parseResult.GetValue(until), cancellationToken);
                    await streams.Out.WriteLineAsync(
                        $"Trend {AnalysisRun.Date(reading.Since)} to {AnalysisRun.Date(reading.Until)}: {reading.Direction} " +
                        $"(slope {AnalysisRun.Number(reading.SlopePerWeek)} per week; halves {AnalysisRun.Number(reading.FirstHalfMean)} → {AnalysisRun.Number(reading.SecondHalfMean)}).");
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
