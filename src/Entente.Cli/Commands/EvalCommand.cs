using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval KIND FILE</c>: one subcommand per kind of gold file.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score a model against a gold file.");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    // One line per evaluation; each subcommand lives in its own file.
    private static IEnumerable<Command> Subcommands() =>
    [
        EvalNerCommand.Create(),
        EvalEventsCommand.Create(),
        EvalUdCommand.Create(),
    ];
}
