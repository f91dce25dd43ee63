using System.CommandLine;
using System.Diagnostics;
using Entente.Language.Ner;
using Entente.Language.Tagging;

namespace Entente.Cli.Commands;

/// <summary><c>entente train ner</c>: the entity recogniser on Universal NER EWT + wikigold, scored on UNER EWT dev.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var epochs = TrainCommand.EpochsOption(12);
        var seed = TrainCommand.SeedOption();
        var output = TrainCommand.OutOption(NerTagger.DefaultModelPath);
        var data = TrainCommand.DataOption();
        var tagger = new Option<string>("--tagger") { Description = "POS tagger model to tag the training data with.", DefaultValueFactory = _ => PosTagger.DefaultModelPath };
        var gazetteer = new Option<string>("--gazetteer") { Description = "Folder of the gazetteer tables (countries.tsv, cities.tsv); skipped when absent.", DefaultValueFactory = _ => "data/gazetteer" };
        var folds = new Option<int>("--jackknife") { Description = "Folds of jack-knifed POS tags on the EWT data (0 = tag with --tagger).", DefaultValueFactory = _ => 4 };
        var withoutWikigold = new Option<bool>("--uner-only") { Description = "Leave wikigold out of the training data." };
        var withGum = new Option<bool>("--gum") { Description = "Add the GUM named mentions to the training data (lowered dev F1 when tried)." };
        var maxSentences = new Option<int?>("--max-sentences") { Description = "Use only the first N sentences of each corpus." };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller in magnitude than this.", DefaultValueFactory = _ => 0.01f };
        var test = new Option<bool>("--test") { Description = "Also score UNER EWT test (report once, at the end of tuning)." };
        var command = new Command("ner", "Train the named-entity recogniser (PER, ORG, GPE, LOC, NORP).");
        foreach (var option in new Option[] { epochs, seed, output, data, tagger, gazetteer, folds, withoutWikigold, withGum, maxSentences, prune, test })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(data)!;
            var posTagger = PosTagger.Load(ResolveModel(parseResult.GetValue(tagger)!));
            var clock = Stopwatch.StartNew();
            var recogniser = NerTrainer.Train(new NerTrainingOptions
            {
                DataRoot = root,
                GazetteerDirectory = parseResult.GetValue(gazetteer),
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                JackknifeFolds = parseResult.GetValue(folds),
                Tagger = posTagger,
                UseWikigold = !parseResult.GetValue(withoutWikigold),
                UseGum = parseResult.GetValue(withGum),
                MaxSentences = parseResult.GetValue(maxSentences),
                PruneThreshold = parseResult.GetValue(prune),
                Log = Console.WriteLine,
            });
            Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F0} s");
            var path = parseResult.GetValue(output)!;
            recogniser.Save(path);
            var reloaded = NerTagger.Load(path);
            Console.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB)");
            var uner = NerTrainer.UnerDirectory(root);
            Report("UNER EWT dev", reloaded, posTagger, Path.Combine(uner, "en_ewt-ud-dev.iob2"), NerCorpus.UnerType);
            Report("CrossNER politics dev", reloaded, posTagger, NerTrainer.CrossNerFile(root, "dev.txt"), NerCorpus.CrossNerType);
            if (parseResult.GetValue(test))
            {
                Report("UNER EWT test", reloaded, posTagger, Path.Combine(uner, "en_ewt-ud-test.iob2"), NerCorpus.UnerType);
            }

            return 0;
        });
        return command;
    }

    internal static string ResolveModel(string path) => File.Exists(path) ? path : Entente.Pipeline.EntenteFiles.Resolve(path);

    private static void Report(string name, NerTagger recogniser, PosTagger tagger, string file, Func<string, string?> mapType)
    {
        var gold = NerCorpus.Read(file, mapType).ToList();
        var goldTypes = gold.SelectMany(s => BioSpans.Read(s.Labels)).Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
        goldTypes.Remove(EntityTypes.GeoPolitical);
        foreach (var score in NerTrainer.Evaluate(recogniser, tagger, gold, NerTrainer.FoldForGold(goldTypes)))
        {
            Console.WriteLine($"{name} {score.Label,-4} P {score.Precision:P1} R {score.Recall:P1} F1 {score.F1:P1} (gold {score.Gold}, predicted {score.Predicted})");
        }
    }
}
