using System.CommandLine;
using System.Text.Json;
using Entente.Language.Ner;
using Entente.Language.Tagging;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval ner FILE</c>: span-exact precision, recall and F1 per label of the NER model on a gold
/// token-per-line BIO/IO file (CoNLL, UNER iob2, CrossNER). GPE is folded into LOC when the gold file has no GPE,
/// and predicted types the gold file never uses are left out.
/// </summary>
internal static class EvalNerCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Gold NER file (token-per-line BIO or IO tags)." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        var model = new Option<string>("--model") { Description = "NER model file.", DefaultValueFactory = _ => NerTagger.DefaultModelPath };
        var tagger = new Option<string>("--tagger") { Description = "POS tagger model file.", DefaultValueFactory = _ => PosTagger.DefaultModelPath };
        var command = new Command("ner", "Score the NER model on a gold BIO file.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(model);
        command.Options.Add(tagger);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file.");
                return 2;
            }

            var gold = NerCorpus.Read(path, NerCorpus.AnyKnownType).ToList();
            var goldTypes = gold.SelectMany(s => BioSpans.Read(s.Labels)).Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
            var recogniser = NerTagger.Load(TrainNerCommand.ResolveModel(parseResult.GetValue(model)!));
            var posTagger = PosTagger.Load(TrainNerCommand.ResolveModel(parseResult.GetValue(tagger)!));
            var scores = NerTrainer.Evaluate(recogniser, posTagger, gold, NerTrainer.FoldForGold(goldTypes));
            if (string.Equals(parseResult.GetValue(format), "json", StringComparison.OrdinalIgnoreCase))
            {
                var rows = scores.Select(s => new { s.Label, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1 });
                Console.WriteLine(JsonSerializer.Serialize(new { File = path, Sentences = gold.Count, Scores = rows }, JsonOptions));
            }
            else
            {
                Console.WriteLine($"{path}: {gold.Count} sentences");
                Console.WriteLine($"{"label",-6}{"gold",7}{"pred",7}{"correct",9}{"P",9}{"R",9}{"F1",9}");
                foreach (var s in scores)
                {
                    Console.WriteLine($"{s.Label,-6}{s.Gold,7}{s.Predicted,7}{s.Correct,9}{s.Precision,9:P1}{s.Recall,9:P1}{s.F1,9:P1}");
                }
            }

            return 0;
        });
        return command;
    }
}
