using System.CommandLine;
using System.Globalization;
using Entente.Language.Parsing;
using Entente.Language.Tagging;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary><c>entente train parser</c>: trains the dependency parser on UD CoNLL-U files.</summary>
internal static class TrainParserCommand
{
    /// <summary>The command named "parser", to be attached under <c>train</c>.</summary>
    public static Command Create() => Create("parser");

    /// <summary>The command under another name (used for a top-level alias).</summary>
    public static Command Create(string name)
    {
        var trainOption = new Option<string[]>("--train")
        {
            Description = "Training CoNLL-U file(s) with gold trees.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var devOption = new Option<string?>("--dev") { Description = "Development CoNLL-U file; the epoch with the best LAS on it is kept." };
        var outputOption = new Option<string>("--output", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => DependencyParser.DefaultModelPath };
        var epochsOption = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 15 };
        var seedOption = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration).", DefaultValueFactory = _ => 1 };
        var pruneOption = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this.", DefaultValueFactory = _ => 1f };
        var maxOption = new Option<int?>("--max-sentences") { Description = "Use only the first N training sentences." };
        var jackknifeOption = new Option<int>("--jackknife")
        {
            Description = "Train on jack-knifed tags: K folds, each tagged by a tagger trained on the other K-1 (0 = gold tags). The dev file is then tagged by --dev-tagger.",
            DefaultValueFactory = _ => 0,
        };
        var jackknifeEpochsOption = new Option<int>("--jackknife-epochs") { Description = "Epochs of each jack-knife tagger.", DefaultValueFactory = _ => 8 };
        var devTaggerOption = new Option<string>("--dev-tagger")
        {
            Description = "Tagger model that tags the dev file when jack-knifing.",
            DefaultValueFactory = _ => PosTagger.DefaultModelPath,
        };

        var command = new Command(name, "Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle).");
        command.Options.Add(trainOption);
        command.Options.Add(devOption);
        command.Options.Add(outputOption);
        command.Options.Add(epochsOption);
        command.Options.Add(seedOption);
        command.Options.Add(pruneOption);
        command.Options.Add(maxOption);
        command.Options.Add(jackknifeOption);
        command.Options.Add(jackknifeEpochsOption);
        command.Options.Add(devTaggerOption);
        command.SetAction(parseResult =>
        {
            var trainFiles = parseResult.GetValue(trainOption)!;
            var devFile = parseResult.GetValue(devOption);
            foreach (var file in trainFiles.Append(devFile).OfType<string>())
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"File not found: {file}");
                    return 2;
                }
            }

            var folds = parseResult.GetValue(jackknifeOption);
            if (folds < 0 || folds == 1)
            {
                Console.Error.WriteLine($"--jackknife needs 0 (off) or at least 2 folds, not {folds}.");
                return 2;
            }

            PosTagger? devTagger = null;
            if (folds > 1 && devFile is not null)
            {
                var taggerPath = parseResult.GetValue(devTaggerOption)!;
                try
                {
                    devTagger = PosTagger.Load(File.Exists(taggerPath) ? taggerPath : EntenteFiles.Resolve(taggerPath));
                }
                catch (FileNotFoundException)
                {
                    Console.Error.WriteLine($"Tagger model not found: {taggerPath}");
                    return 2;
                }
            }

            var output = parseResult.GetValue(outputOption)!;
            var result = DependencyParserTrainer.Train(new DependencyParserTrainingOptions
            {
                TrainFiles = trainFiles,
                DevFile = devFile,
                Epochs = parseResult.GetValue(epochsOption),
                Seed = parseResult.GetValue(seedOption),
                PruneBelow = parseResult.GetValue(pruneOption),
                MaxSentences = parseResult.GetValue(maxOption),
                JackknifeFolds = folds,
                JackknifeTaggerEpochs = parseResult.GetValue(jackknifeEpochsOption),
                DevTagger = devTagger,
                Log = Console.Error.WriteLine,
            });
            if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            result.Parser.Save(output);
            var dev = result.Dev is { } scores
                ? string.Create(CultureInfo.InvariantCulture, $"; dev UAS {scores.Uas:F2} LAS {scores.Las:F2} (full labels {scores.FullLabelLas:F2})")
                : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{output}: {new FileInfo(output).Length / 1e6:F1} MB, {result.TrainingSentences} sentences, best epoch {result.BestEpoch}, {result.Elapsed.TotalMinutes:F1} min{dev}"));
            return 0;
        });
        return command;
    }
}
