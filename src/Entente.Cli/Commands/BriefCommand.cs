using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Analysis;
using Entente.Cli.Infrastructure;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente brief RUS:IRN</c> or <c>entente brief IRN</c>: a briefing in Markdown or HTML, every line citing its evidence.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var subject = new Argument<string>("subject") { Description = "A dyad (RUS:IRN) or one actor (IRN, \"Masoud Pezeshkian\")" };
        var since = CliOptions.Date("--since", "Earliest event date, inclusive");
        var until = CliOptions.Date("--until", "Latest event date, inclusive");
        var format = new Option<string>("--format")
        {
            Description = "markdown or html",
            HelpName = "markdown|html",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write the briefing to this file instead of the standard output", HelpName = "FILE" };
        var lines = CliOptions.Count("--lines", "Lines per section at most", 10);
        var db = CliOptions.Database();

        var command = new Command("brief", "A briefing on a dyad or an actor with diplomatic, military, economic and conflict sections, each line citing its sentences and articles");
        command.Arguments.Add(subject);
        foreach (var option in new Option[] { since, until, format, output, lines, db })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => AnalysisRun.WithStoreAsync(parseResult.GetValue(db), "brief", async (store, streams) =>
        {
            var text = parseResult.GetValue(subject)!.Trim();
            var analyzer = new RelationsAnalyzer(store);
            Briefing briefing;
            if (text.Contains(':', StringComparison.Ordinal))
            {
                Dyad dyad;
                try
                {
                    dyad = Dyad.Parse(text);
                }
                catch (FormatException exception)
                {
                    await streams.Error.WriteLineAsync($"entente brief: {exception.Message}");
                    return EntenteCli.UsageError;
                }

                briefing = await analyzer.BriefDyadAsync(dyad, parseResult.GetValue(since), parseResult.GetValue(until), parseResult.GetValue(lines), cancellationToken);
            }
            else
            {
                briefing = await analyzer.BriefActorAsync(text, parseResult.GetValue(since), parseResult.GetValue(until), parseResult.GetValue(lines), cancellationToken);
            }

            var rendered = parseResult.GetValue(format) == "html" ? briefing.ToHtml() : briefing.ToMarkdown();
            if (parseResult.GetValue(output) is { } file)
            {
                try
                {
                    if (file.Directory is { } folder)
                    {
                        folder.Create();
                    }

                    await File.WriteAllTextAsync(file.FullName, rendered, cancellationToken);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await streams.Error.WriteLineAsync($"entente brief: cannot write {file.FullName}: {exception.Message}");
                    return 1;
                }

                await streams.Error.WriteLineAsync($"Briefing written to {file.FullName}.");
                return 0;
            }

            await streams.Out.WriteAsync(rendered);
            return 0;
        }, cancellationToken));
        return command;
    }
}
