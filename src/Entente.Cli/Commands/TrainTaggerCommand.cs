using System.CommandLine;
using System.Diagnostics;
using Entente.Language.Tagging;

namespace Entente.Cli.Commands;

/// <summary><c>entente train tagger</c>: the part-of-speech tagger on UD English EWT (+ GUM CC BY subset).</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var epochs = TrainCommand.EpochsOption(10);
        var seed = TrainCommand.SeedOption();
        var output = TrainCommand.OutOption(PosTagger.DefaultModelPath);
        var data = TrainCommand.DataOption();
        var withoutGum = new Option<bool>("--ewt-only") { Description = "Train on UD English EWT only (leave out the GUM CC BY subset)." };
        var maxSentences = new Option<int?>("--max-sentences") { Description = "Use only the first N training sentences." };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller in magnitude than this.", DefaultValueFactory = _ => 0.05f };
        var test = new Option<bool>("--test") { Description = "Also score EWT test (report once, at the end of tuning)." };
        var command = new Command("tagger", "Train the POS tagger (UPOS|XPOS) and score it on EWT dev.");
        foreach (var option in new Option[] { epochs, seed, output, data, withoutGum, maxSentences, prune, test })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(data)!;
            var ewt = Path.Combine(root, "train", "ud-english-ewt");
            var files = new List<string> { Path.Combine(ewt, "en_ewt-ud-train.conllu") };
            if (!parseResult.GetValue(withoutGum))
            {
                files.Add(Path.Combine(root, "train", "ud-english-gum-ccby", "en_gum-ud-train.ccby-subset.conllu"));
            }

            var clock = Stopwatch.StartNew();
            var tagger = PosTaggerTrainer.Train(new PosTaggerTrainingOptions
            {
                TrainFiles = files,
                DevFile = Path.Combine(ewt, "en_ewt-ud-dev.conllu"),
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                MaxSentences = parseResult.GetValue(maxSentences),
                PruneThreshold = parseResult.GetValue(prune),
                Log = Console.WriteLine,
            });
            Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F0} s");
            var path = parseResult.GetValue(output)!;
            tagger.Save(path);
            var reloaded = PosTagger.Load(path);
            Console.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB)");
            Console.WriteLine($"EWT dev (saved model): {PosTaggerTrainer.Evaluate(reloaded, TaggedSentence.ReadConllu(Path.Combine(ewt, "en_ewt-ud-dev.conllu")))}");
            if (parseResult.GetValue(test))
            {
                Console.WriteLine($"EWT test (saved model): {PosTaggerTrainer.Evaluate(reloaded, TaggedSentence.ReadConllu(Path.Combine(ewt, "en_ewt-ud-test.conllu")))}");
            }

            return 0;
        });
        return command;
    }
}
