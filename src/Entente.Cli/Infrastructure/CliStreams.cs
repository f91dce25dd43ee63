using Spectre.Console;

namespace Entente.Cli.Infrastructure;

/// <summary>
/// The standard streams of one <c>entente</c> run. Commands read and write through these rather than through
/// <see cref="Console"/> so that the same command runs in-process under tests with captured streams.
/// </summary>
public sealed class CliStreams
{
    private static readonly AsyncLocal<CliStreams?> CurrentRun = new();

    /// <summary>Creates streams for one run.</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="isProcessConsole">True when the writers are the process's own console streams.</param>
    public CliStreams(TextReader input, TextWriter output, TextWriter error, bool isProcessConsole)
    {
        In = input;
        Out = output;
        Error = error;
        IsProcessConsole = isProcessConsole;
    }

    /// <summary>The streams of the run in progress on this async flow; the process console when none was set.</summary>
    public static CliStreams Current => CurrentRun.Value ?? ProcessConsole();

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when the writers are the process's own console streams.</summary>
    public bool IsProcessConsole { get; }

    /// <summary>True when standard output is a terminal a person watches, so live progress displays make sense.</summary>
    public bool IsInteractive =>
        IsProcessConsole && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>The console streams of this process.</summary>
    public static CliStreams ProcessConsole() => new(Console.In, Console.Out, Console.Error, isProcessConsole: true);

    /// <summary>A Spectre.Console surface over <see cref="Out"/>: the real terminal, or plain text without colours.</summary>
    public IAnsiConsole CreateAnsiConsole()
    {
        if (IsProcessConsole && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no terminal width; wide enough that evidence sentences are not chopped into slivers.
        console.Profile.Width = 160;
        return console;
    }

    /// <summary>Makes <paramref name="streams"/> current for the async flow until the returned scope is disposed.</summary>
    internal static IDisposable Use(CliStreams streams)
    {
        var previous = CurrentRun.Value;
        CurrentRun.Value = streams;
        return new Restore(previous);
    }

    private sealed class Restore(CliStreams? previous) : IDisposable
    {
        public void Dispose() => CurrentRun.Value = previous;
    }
}
