using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Entente.Language.Conllu;
using Entente.Language.Parsing;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval ud FILE.conllu</c>: dependency accuracy against a gold treebank. The parser reads the
/// file's gold words and gold tags (no tagger is wired yet), so UPOS and XPOS are reported as "n/a".
/// UAS and LAS count every word, punctuation included, and LAS compares universal labels (CoNLL 2018).
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

        var command = new Command(name, "Score the dependency parser on a gold CoNLL-U file (gold words and tags).");
        command.Arguments.Add(fileArgument);
        command.Options.Add(formatOption);
        command.Options.Add(modelOption);
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
            var sentences = ConlluReader.ReadFile(file).ToList();
            // Processor time as well as wall time: on a busy shared machine the wall clock says little.
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var scores = DependencyEvaluator.Evaluate(parser, sentences);
            var seconds = stopwatch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var wordsPerSecond = seconds > 0 ? scores.Words / seconds : 0;
            var wordsPerCpuSecond = cpuSeconds > 0 ? scores.Words / cpuSeconds : 0;
            if (parseResult.GetValue(formatOption) == "json")
            {
                var report = new Dictionary<string, object?>
                {
                    ["file"] = file,
                    ["sentences"] = scores.Sentences,
                    ["words"] = scores.Words,
                    ["upos"] = null,
                    ["xpos"] = null,
                    ["tags"] = "gold",
                    ["uas"] = Math.Round(scores.Uas, 2),
                    ["las"] = Math.Round(scores.Las, 2),
                    ["lasFullLabels"] = Math.Round(scores.FullLabelLas, 2),
                    ["punctuation"] = "included",
                    ["wordsPerSecond"] = Math.Round(wordsPerSecond),
                    ["wordsPerCpuSecond"] = Math.Round(wordsPerCpuSecond),
                };
                Console.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                    {file}: {scores.Sentences} sentences, {scores.Words} words (gold words and gold tags)
                    UPOS   n/a (gold tags used)
                    XPOS   n/a (gold tags used)
                    UAS    {scores.Uas:F2}
                    LAS    {scores.Las:F2}  (universal labels, CoNLL 2018; {scores.FullLabelLas:F2} with full labels)
                    punctuation included; parsing speed {wordsPerSecond:F0} words/s wall clock, {wordsPerCpuSecond:F0} words per processor second
                    """));
            }

            return 0;
        });
        return command;
    }
}
