using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Every subcommand of <c>entente</c>. Each command lives in its own file with a static <c>Create()</c>.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ParseCommand.Create(),
        TrainParserCommand.Create("train-parser"),
        EvalUdCommand.Create("eval-ud"),
    ];
}
