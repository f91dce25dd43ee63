using System.CommandLine;
using System.Threading.Channels;
using Entente.Cli.Coding;
using Entente.Cli.Infrastructure;

namespace Entente.Cli.Commands;

/// <summary><c>entente code</c>: JSON Lines of texts in, JSON Lines of events, entities and quotes out, one line per line.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("FILE")
        {
            Description = "JSON Lines file of {\"id\", \"text\", \"date\"?} objects; '-' or nothing reads standard input",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var date = CliOptions.Date("--date", "Publication date for lines that give none");
        var workers = CliOptions.Count("--workers", "Lines coded in parallel (output order is kept)", Environment.ProcessorCount);

        var command = new Command("code", "Code texts into events: JSON Lines in, one JSON line out per line in, same ids and order");
        command.Arguments.Add(input);
        command.Options.Add(date);
        command.Options.Add(workers);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(input), parseResult.GetValue(date), parseResult.GetValue(workers), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? path, DateOnly? date, int workers, CancellationToken cancellationToken)
    {
        var streams = CliStreams.Current;
        var fromStdin = path is null or "-";
        if (!fromStdin && !File.Exists(path))
        {
            await streams.Error.WriteLineAsync($"entente code: input file '{path}' was not found.");
            return 1;
        }

        using var reader = fromStdin ? null : new StreamReader(path!);
        var coder = new LineCoder(DefaultPipeline.Instance, date, fromStdin ? "stdin" : path!);
        await CodeLinesAsync(reader ?? streams.In, streams.Out, coder, workers, cancellationToken);
        return 0;
    }

    /// <summary>
    /// Streams lines through the coder. Each line becomes a task as soon as it is read; the writer awaits the tasks in
    /// input order, so output order is kept while up to <paramref name="workers"/> lines are coded at once, and a
    /// caller that writes one line and waits for its answer gets it without closing the input.
    /// </summary>
    private static async Task CodeLinesAsync(TextReader input, TextWriter output, LineCoder coder, int workers, CancellationToken cancellationToken)
    {
        var pending = Channel.CreateBounded<Task<string>>(new BoundedChannelOptions(workers)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var lineNumber = 0;
                    while (await input.ReadLineAsync(cancellationToken) is { } line)
                    {
                        var number = ++lineNumber;
                        await pending.Writer.WriteAsync(Task.Run(() => coder.CodeToJson(line, number), cancellationToken), cancellationToken);
                    }
                }
                finally
                {
                    pending.Writer.Complete();
                }
            },
            cancellationToken);

        await foreach (var coded in pending.Reader.ReadAllAsync(cancellationToken))
        {
            await output.WriteLineAsync(await coded);
            await output.FlushAsync(cancellationToken);
        }

        await producer;
    }
}
