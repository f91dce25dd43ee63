using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Every subcommand of <c>entente</c>. Each command lives in its own file with a static <c>Create()</c>.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        IngestCommand.Create(),
        CodeCommand.Create(),
        EventsCommand.Create(),
        ExportCommand.Create(),
        ShowCommand.Create(),
        ActorsCommand.Create(),
        ArticlesCommand.Create(),
        DyadCommand.Create(),
        ProfileCommand.Create(),
        BriefCommand.Create(),
        BlocsCommand.Create(),
        SearchCommand.Create(),
        DemoCommand.Create(),
        ServeCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        KbCommand.Create(),
        ParseCommand.Create(),
    ];
}
