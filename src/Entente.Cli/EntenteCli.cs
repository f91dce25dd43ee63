using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Cli.Infrastructure;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command line as a callable: the executable and in-process tests both come through here.</summary>
public static class EntenteCli
{
    /// <summary>Exit code for a command line that could not be understood (unknown option, invalid date, …).</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command with every subcommand of the catalog.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Entente: news about international relations in, coded political events out.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Runs <c>entente</c> on the process console.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliStreams.ProcessConsole(), cancellationToken);

    /// <summary>Runs <c>entente</c> with the given standard streams, as a test or a host would.</summary>
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliStreams(stdin, stdout, stderr, isProcessConsole: false), cancellationToken);

    private static async Task<int> RunAsync(string[] args, CliStreams streams, CancellationToken cancellationToken)
    {
        using var scope = CliStreams.Use(streams);
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // Errors alone, without the help page after them, so the reason is the last thing on screen.
            foreach (var error in parseResult.Errors)
            {
                await streams.Error.WriteLineAsync($"entente: {error.Message}");
            }

            await streams.Error.WriteLineAsync("Run 'entente --help' or 'entente COMMAND --help' for usage.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = streams.Out,
            Error = streams.Error,
        };

        // Ctrl+C handling belongs to the process; an in-process run must not hook the host's console.
        if (!streams.IsProcessConsole)
        {
            configuration.ProcessTerminationTimeout = null;
        }

        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);

        // Not the token: after Ctrl+C (which ends `entente serve`) the output must still be flushed, not thrown away.
        await streams.Out.FlushAsync(CancellationToken.None);
        return exitCode;
    }
}
