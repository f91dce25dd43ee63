using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente train MODEL …</c>: one subcommand per trainable model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from the shared training data.");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    // One line per model; each subcommand lives in its own file.
    private static IEnumerable<Command> Subcommands() =>
    [
        TrainTaggerCommand.Create(),
        TrainNerCommand.Create(),
        TrainParserCommand.Create(),
    ];

    /// <summary>The options every training subcommand shares.</summary>
    internal static Option<int> EpochsOption(int defaultEpochs) => new("--epochs")
    {
        Description = "Passes over the training data.",
        DefaultValueFactory = _ => defaultEpochs,
    };

    internal static Option<int> SeedOption() => new("--seed")
    {
        Description = "Seed of the shuffling; the same seed and data give a byte-identical model.",
        DefaultValueFactory = _ => 1,
    };

    internal static Option<string> OutOption(string defaultPath) => new("--out")
    {
        Description = "Where to write the model file.",
        DefaultValueFactory = _ => defaultPath,
    };

    internal static Option<string> DataOption() => new("--data")
    {
        Description = "Folder holding the shared training data (train/, eval-dev/, ontology/); default ../shared/data beside the repository, or ENTENTE_DATA.",
        DefaultValueFactory = _ => DefaultDataRoot(),
    };

    private static string DefaultDataRoot()
    {
        if (Environment.GetEnvironmentVariable("ENTENTE_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Entente.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                }
            }
        }

        return Path.Combine("..", "shared", "data");
    }
}
