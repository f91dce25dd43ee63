using System.CommandLine;
using System.Globalization;
using Entente.Cli.Infrastructure;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente articles</c>: stored articles, newest first, with their sentence, event and quote counts.</summary>
internal static class ArticlesCommand
{
    private static readonly Column<ArticleSummary>[] Columns =
    [
        new("id", article => article.Id),
        new("published", article => article.PublishedOn?.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture)),
        new("title", article => article.Title),
        new("source", article => article.Source),
        new("sentences", article => article.Sentences.ToString(CultureInfo.InvariantCulture)),
        new("events", article => article.Events.ToString(CultureInfo.InvariantCulture)),
        new("quotes", article => article.Quotes.ToString(CultureInfo.InvariantCulture)),
        new("url", article => article.Url),
        new("origin", article => article.Origin),
    ];

    public static Command Create()
    {
        var limit = CliOptions.Count("--limit", "Articles to show at most", 50);
        var offset = CliOptions.Count("--offset", "Articles to skip first (paging)", 0, minimum: 0);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("articles", "List stored articles, newest first");
        command.Options.Add(limit);
        command.Options.Add(offset);
        command.Options.Add(db);
        command.Options.Add(format);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            await using var store = await DatabaseLocation.OpenAsync(database, streams, "articles", cancellationToken, mustExist: true);
            if (store is null)
            {
                return 1;
            }

            var articles = await store.ListArticlesAsync(parseResult.GetValue(limit), parseResult.GetValue(offset), cancellationToken);
            var outputFormat = parseResult.GetValue(format);

            // The table leaves out what only tools need, so titles get the width.
            IReadOnlyList<Column<ArticleSummary>> columns = outputFormat == OutputFormat.Table
                ? [.. Columns.Where(column => column.Header is not ("url" or "origin" or "source"))]
                : Columns;
            await ResultWriter.WriteAsync(streams, outputFormat, articles, columns, article => article, "No articles stored yet.");
            return 0;
        });
        return command;
    }
}
