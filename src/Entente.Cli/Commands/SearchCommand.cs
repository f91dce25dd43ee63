using System.CommandLine;
using Entente.Cli.Analysis;
using Entente.Cli.Infrastructure;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente search "Pezeshkian Ashgabat"</c>: full-text search over the stored sentences.</summary>
internal static class SearchCommand
{
    private static readonly Column<EvidenceHit>[] Columns =
    [
        new("article", hit => hit.ArticleId),
        new("published", hit => AnalysisRun.Date(hit.ArticlePublished)),
        new("sentence", hit => AnalysisRun.Count(hit.SentenceIndex + 1)),
        new("text", hit => hit.SentenceText),
        new("events", hit => string.Join(' ', hit.EventIds)),
    ];

    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Words that must all occur (stemmed); \"a phrase\" in double quotes must occur as written" };
        var limit = CliOptions.Count("--limit", "Sentences to show at most", 20);
        var offset = CliOptions.Count("--offset", "Sentences to skip first (paging)", 0, minimum: 0);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("search", "Full-text search over the sentences of stored articles, with the events coded from each");
        command.Arguments.Add(text);
        foreach (var option in new Option[] { limit, offset, db, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => AnalysisRun.WithStoreAsync(parseResult.GetValue(db), "search", async (store, streams) =>
        {
            var hits = await store.SearchEvidenceAsync(parseResult.GetValue(text)!, parseResult.GetValue(limit), parseResult.GetValue(offset), cancellationToken);
            await ResultWriter.WriteAsync(streams, parseResult.GetValue(format), hits, Columns, hit => hit, "No sentence matches.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
