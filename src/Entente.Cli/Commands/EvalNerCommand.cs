using System.CommandLine;
using System.Text.Json;
using Entente.Language.Evaluation;
using Entente.Language.Ner;
using Entente.Language.Tagging;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval ner FILE</c>: span-exact precision, recall and F1 per label of the NER model on a gold
/// token-per-line BIO/IO file (CoNLL, UNER iob2, CrossNER) or a GUM CoNLL-U file (its named person, organization
/// and place mentions, <see cref="GumEntities"/>). GPE is folded into LOC (issue 3's measure; <c>--keep-gpe</c>
/// keeps it apart when the gold has GPE), and predicted types the gold file never uses are left out.
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
        var keepGpe = new Option<bool>("--keep-gpe") { Description = "Score GPE apart from LOC when the gold file has GPE (CrossNER country)." };
        var documents = new Option<string?>("--documents") { Description = "Only sentences whose id starts with this prefix (e.g. GUM_news for GUM's news documents)." };
        var writeGold = new Option<FileInfo?>("--write-gold") { Description = "Also write the gold sentences as a two-column token/BIO file (for scoring other tools on the same gold, e.g. GUM's names)." };
        var sentenceLevel = new Option<bool>("--sentence-level") { Description = "Score sentence by sentence, without the document-level consistency pass the pipeline runs." };
        var errors = new Option<FileInfo?>("--errors") { Description = "Write every sentence with a missed or spurious span to this file." };
        var command = new Command("ner", "Score the NER model on a gold BIO file or a GUM CoNLL-U file.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(model);
        command.Options.Add(tagger);
        command.Options.Add(keepGpe);
        command.Options.Add(documents);
        command.Options.Add(errors);
        command.Options.Add(sentenceLevel);
        command.Options.Add(writeGold);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file.");
                return 2;
            }

            var prefix = parseResult.GetValue(documents);
            var gold = (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) ? GumEntities.Read(path) : NerCorpus.Read(path, NerCorpus.AnyKnownType))
                .Where(s => prefix is null || (s.Id?.StartsWith(prefix, StringComparison.Ordinal) ?? false))
                .ToList();
            if (gold.Count == 0)
            {
                Console.Error.WriteLine($"{path}: no sentences{(prefix is null ? "" : $" with an id starting '{prefix}'")}.");
                return 2;
            }

            if (parseResult.GetValue(writeGold) is { } goldFile)
            {
                using var goldWriter = new StreamWriter(goldFile.FullName);
                foreach (var sentence in gold)
                {
                    for (var i = 0; i < sentence.Words.Length; i++)
                    {
                        goldWriter.WriteLine($"{sentence.Words[i]}\t{sentence.Labels[i]}");
                    }

                    goldWriter.WriteLine();
                }
            }

            var goldTypes = gold.SelectMany(s => BioSpans.Read(s.Labels)).Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
            var recogniser = NerTagger.Load(TrainNerCommand.ResolveModel(parseResult.GetValue(model)!));
            var posTagger = PosTagger.Load(TrainNerCommand.ResolveModel(parseResult.GetValue(tagger)!));
            var fold = NerTrainer.FoldForGold(goldTypes, parseResult.GetValue(keepGpe));
            var scorer = new SpanScorer(fold);
            using var errorWriter = parseResult.GetValue(errors) is { } errorFile ? new StreamWriter(errorFile.FullName) : null;
            foreach (var (sentence, predicted) in NerTrainer.Predict(recogniser, posTagger, gold, !parseResult.GetValue(sentenceLevel)))
            {
                scorer.Add(sentence.Labels, predicted);
                if (errorWriter is not null)
                {
                    WriteErrors(errorWriter, sentence, predicted, fold);
                }
            }

            var scores = scorer.Scores();
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

    // One block per sentence with a difference: the sentence, then "- TYPE words" for each missed gold span and
    // "+ TYPE words" for each spurious predicted one, after the same folding as the scores.
    private static void WriteErrors(TextWriter writer, NerSentence sentence, string[] predicted, Func<string, string?> fold)
    {
        HashSet<(int, int, string)> Spans(IReadOnlyList<string> labels) =>
            [.. BioSpans.Read(labels).Select(s => (s.First, s.Last, Type: fold(s.Type))).Where(s => s.Type is not null).Select(s => (s.First, s.Last, s.Type!))];
        var gold = Spans(sentence.Labels);
        var guessed = Spans(predicted);
        if (gold.SetEquals(guessed))
        {
            return;
        }

        writer.WriteLine($"# {sentence.Id}: {string.Join(' ', sentence.Words)}");
        foreach (var (first, last, type) in gold.Except(guessed).OrderBy(s => s.Item1))
        {
            writer.WriteLine($"- {type} {string.Join(' ', sentence.Words[first..(last + 1)])}");
        }

        foreach (var (first, last, type) in guessed.Except(gold).OrderBy(s => s.Item1))
        {
            writer.WriteLine($"+ {type} {string.Join(' ', sentence.Words[first..(last + 1)])}");
        }

        writer.WriteLine();
    }
}
