using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Analysis;
using Entente.Cli.Infrastructure;

namespace Entente.Cli.Commands;

/// <summary><c>entente blocs --since D</c>: communities of the cooperation/conflict network (Louvain).</summary>
internal static class BlocsCommand
{
    private static readonly Column<Bloc>[] Columns =
    [
        new("bloc", bloc => AnalysisRun.Count(bloc.Id)),
        new("members", bloc => string.Join(' ', bloc.Members)),
        new("size", bloc => AnalysisRun.Count(bloc.Members.Count)),
        new("internal_coop", bloc => AnalysisRun.Count(bloc.InternalCooperation)),
        new("internal_conflict", bloc => AnalysisRun.Count(bloc.InternalConflict)),
    ];

    public static Command Create()
    {
        var since = CliOptions.Date("--since", "Earliest event date, inclusive");
        var until = CliOptions.Date("--until", "Latest event date, inclusive");
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("blocs", "Communities in the cooperation/conflict network over a period (Louvain on net-cooperation weights)");
        foreach (var option in new Option[] { since, until, db, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => AnalysisRun.WithStoreAsync(parseResult.GetValue(db), "blocs", async (store, streams) =>
        {
            var report = await new RelationsAnalyzer(store).BlocsAsync(parseResult.GetValue(since), parseResult.GetValue(until), cancellationToken);
            var outputFormat = parseResult.GetValue(format);
            if (outputFormat == OutputFormat.Json)
            {
                await AnalysisRun.WriteJsonAsync(streams, report);
                return 0;
            }

            await ResultWriter.WriteAsync(streams, outputFormat, report.Blocs, Columns, bloc => bloc, "No relations between countries in this period.");
            if (outputFormat == OutputFormat.Table && report.Blocs.Count > 0)
            {
                await streams.Out.WriteLineAsync($"Modularity {report.Modularity:0.000} over {report.Edges.Count} relations.");
                foreach (var edge in report.Edges.Where(e => e.Conflict > e.Cooperation).Take(10))
                {
                    await streams.Out.WriteLineAsync(
                        $"Tension {edge.A}–{edge.B}: {edge.Conflict} conflict vs {edge.Cooperation} cooperation (clusters {AnalysisRun.Ids(edge.ClusterIds)}).");
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
