using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Entente.Language.Conllu;
using Entente.Language.Parsing;
using Entente.Language.Tagging;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval ud FILE.conllu</c>: tagging and dependency accuracy against a gold treebank, on its gold words.
/// Two runs: the parser reading the gold tags, and the tagger's UPOS/XPOS (scored) followed by the parser reading
/// those, which is what the pipeline does on new text. UAS and LAS count every word, punctuation included, and LAS
/// compares universal labels (CoNLL 2018).
/// </summary>
internal static class EvalUdCommand
{
    /// <summary>The command named "ud", to be attached under <c>eval</c>.</summary>
    public static Command Create() => Create("ud");

    /// <summary>The command under another name (used for a top-level alias).</summary>
    public static Command Create(string name)
    {
        var fileArgument = new Argument<string>("file") { Description = "Gold CoNLL-U file." };
        var formatOption = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var modelOption = new Option<string?>("--model") { Description = "Parser model file (default: the bundled model)." };
        var taggerOption = new Option<string?>("--tagger") { Description = "Tagger model file for the predicted-tag run (default: the bundled model)." };

        var command = new Command(name, "Score the tagger and the dependency parser on a gold CoNLL-U file (gold words; gold tags, then predicted tags).");
        command.Arguments.Add(fileArgument);
        command.Options.Add(formatOption);
        command.Options.Add(modelOption);
        command.Options.Add(taggerOption);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(fileArgument)!;
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"File not found: {file}");
                return 2;
            }

            var modelPath = parseResult.GetValue(modelOption);
            var parser = modelPath is null ? DependencyParser.Default : DependencyParser.Load(modelPath);
            var taggerPath = parseResult.GetValue(taggerOption);
            var tagger = taggerPath is null ? PosTagger.Default : PosTagger.Load(taggerPath);
            var sentences = ConlluReader.ReadFile(file).ToList();

            // Processor time as well as wall time: on a busy shared machine the wall clock says little.
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var scores = DependencyEvaluator.Evaluate(parser, sentences);
            var seconds = stopwatch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var predicted = DependencyEvaluator.Evaluate(parser, sentences, tagger);
            var wordsPerSecond = seconds > 0 ? scores.Words / seconds : 0;
            var wordsPerCpuSecond = cpuSeconds > 0 ? scores.Words / cpuSeconds : 0;
            if (parseResult.GetValue(formatOption) == "json")
            {
                var report = new Dictionary<string, object?>
                {
                    ["file"] = file,
                    ["sentences"] = scores.Sentences,
                    ["words"] = scores.Words,
                    ["upos"] = Math.Round(predicted.Upos!.Value, 2),
                    ["xpos"] = Math.Round(predicted.Xpos!.Value, 2),
                    ["tags"] = "gold",
                    ["uas"] = Math.Round(scores.Uas, 2),
                    ["las"] = Math.Round(scores.Las, 2),
                    ["lasFullLabels"] = Math.Round(scores.FullLabelLas, 2),
                    ["predictedTags"] = new Dictionary<string, object?>
                    {
                        ["uas"] = Math.Round(predicted.Uas, 2),
                        ["las"] = Math.Round(predicted.Las, 2),
                        ["lasFullLabels"] = Math.Round(predicted.FullLabelLas, 2),
                    },
                    ["punctuation"] = "included",
                    ["wordsPerSecond"] = Math.Round(wordsPerSecond),
                    ["wordsPerCpuSecond"] = Math.Round(wordsPerCpuSecond),
                };
                Console.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                    {file}: {scores.Sentences} sentences, {scores.Words} words (gold words)
                    UPOS   {predicted.Upos:F2}  (tagger)
                    XPOS   {predicted.Xpos:F2}  (tagger)
                    gold tags:      UAS {scores.Uas:F2}  LAS {scores.Las:F2}  (universal labels, CoNLL 2018; {scores.FullLabelLas:F2} with full labels)
                    predicted tags: UAS {predicted.Uas:F2}  LAS {predicted.Las:F2}  ({predicted.FullLabelLas:F2} with full labels)
                    punctuation included; parsing speed (gold tags) {wordsPerSecond:F0} words/s wall clock, {wordsPerCpuSecond:F0} words per processor second
                    """));
            }

            return 0;
        });
        return command;
    }
}
