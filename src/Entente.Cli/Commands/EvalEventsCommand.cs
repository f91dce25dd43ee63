using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli.Infrastructure;
using Entente.Events.Evaluation;
using Entente.Serialization;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval events --gold FILE</c>: scores the event coder on a gold standard. The kind of file is read
/// from its content: a JSON array (PLOVER gold-standard records), "sentence TAB class" lines (ConfliBERT
/// classes) or "token TAG" lines (ConfliBERT source/target spans).
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold file: PLOVER GSR JSON, ConfliBERT train.tsv or train.txt", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        var split = new Option<string>("--split") { Description = "Score one fixed half of the file: tune, check or all", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "tune", "check");
        var details = new Option<FileInfo?>("--details") { Description = "Also write each scored sentence with its gold and coded events as JSON Lines to this file" };
        var command = new Command("events", "Score the event coder on a gold standard (PLOVER GSR, ConfliBERT classes or spans)");
        command.Options.Add(gold);
        command.Options.Add(format);
        command.Options.Add(split);
        command.Options.Add(details);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var path = parseResult.GetValue(gold)!.FullName;
            if (!File.Exists(path))
            {
                await streams.Error.WriteLineAsync($"entente eval events: {path}: no such file.");
                return 2;
            }

            var json = string.Equals(parseResult.GetValue(format), "json", StringComparison.OrdinalIgnoreCase);
            var half = parseResult.GetValue(split);
            var detailsFile = parseResult.GetValue(details);
            using var detailsWriter = detailsFile is null ? null : new StreamWriter(detailsFile.FullName);
            var evaluator = new EventEvaluator(DefaultPipeline.Instance.Process);
            try
            {
                switch (DetectKind(path))
                {
                    case GoldKind.Plover:
                        var records = DevSplit.Filter(GoldStandardReaders.ReadPloverGsr(path), r => r.Id, half);
                        var plover = evaluator.EvaluatePlover(records);
                        WriteDetails(detailsWriter, records.Select(r => (r.Text, (object)r)));
                        await streams.Out.WriteLineAsync(json ? Serialize(plover) : Describe(path, plover));
                        break;
                    case GoldKind.Classes:
                        var rows = DevSplit.Filter(GoldStandardReaders.ReadConflibertClasses(path), r => r.Sentence, half);
                        var classes = evaluator.EvaluateClasses(rows);
                        WriteDetails(detailsWriter, rows.Select(r => (r.Sentence, (object)new { r.Class })));
                        await streams.Out.WriteLineAsync(json ? Serialize(classes) : Describe(path, classes));
                        break;
                    default:
                        var sentences = DevSplit.Filter(GoldStandardReaders.ReadConflibertSpans(path), s => s.Text, half);
                        var spans = evaluator.EvaluateSpans(sentences);
                        WriteDetails(detailsWriter, sentences.Select(s => (s.Text, (object)new { Sources = s.Spans('S').Select(p => string.Join(' ', s.Tokens.Skip(p.First).Take(p.Last - p.First + 1))), Targets = s.Spans('T').Select(p => string.Join(' ', s.Tokens.Skip(p.First).Take(p.Last - p.First + 1))) })));
                        await streams.Out.WriteLineAsync(json ? Serialize(spans) : Describe(path, spans));
                        break;
                }
            }
            catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                await streams.Error.WriteLineAsync($"entente eval events: {path}: {e.Message}");
                return 2;
            }

            return 0;
        });
        return command;
    }

    private enum GoldKind
    {
        Plover,
        Classes,
        Spans,
    }

    private static GoldKind DetectKind(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
        return first.StartsWith('[') ? GoldKind.Plover : first.Contains('\t', StringComparison.Ordinal) ? GoldKind.Classes : GoldKind.Spans;
    }

    /// <summary>One line per scored sentence: the gold record, the actor mentions and the events coded, for error analysis.</summary>
    private static void WriteDetails(StreamWriter? writer, IEnumerable<(string Text, object Gold)> records)
    {
        if (writer is null)
        {
            return;
        }

        foreach (var (text, gold) in records)
        {
            var extraction = DefaultPipeline.Instance.Process(new Documents.Article(text));
            var line = new
            {
                Text = text,
                Gold = gold,
                Mentions = extraction.Mentions.Select(m => new { m.Text, m.Actor.Code, m.Actor.Country, m.Rule }),
                Events = extraction.Events.Select(e => new { e.Cameo, Type = e.Plover?.Type, Source = e.Source.Code, SourceText = e.Source.Text, Target = e.Target?.Code, TargetText = e.Target?.Text, Trigger = e.Trigger.Text, e.Negated, e.Rule }),
            };
            writer.WriteLine(JsonSerializer.Serialize(line, EntenteJson.Compact));
        }
    }

    private static string Serialize<T>(T report) => JsonSerializer.Serialize(report, EntenteJson.Indented);

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

    private static string Line(string name, Score score) =>
        $"{name,-10} P {Percent(score.Precision),7}  R {Percent(score.Recall),7}  F1 {Percent(score.F1),7}   (tp {score.TruePositives}, predicted {score.Predicted}, gold {score.Gold})";

    private static string Describe(string path, PloverReport report)
    {
        var lines = new List<string>
        {
            $"{path}: {report.Records} PLOVER gold records",
            $"type accuracy {Percent(report.TypeAccuracy)}",
            Line("triples", report.Triples),
            "confusion (gold → predicted main type: count):",
        };
        lines.AddRange(report.Confusion.Select(row => $"  {row.Key,-10} " + string.Join(", ", row.Value.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(string path, ClassReport report)
    {
        var lines = new List<string> { $"{path}: {report.Sentences} sentences", $"class accuracy {Percent(report.Accuracy)}" };
        lines.AddRange(report.PerClass.Select((score, c) => Line($"class {c}", score)));
        lines.Add("confusion (rows gold 0-4, columns predicted 0-4):");
        lines.AddRange(report.Confusion.Select((row, c) => $"  {c}: " + string.Join(' ', row.Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(5)))));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(string path, SpanReport report) => string.Join(
        Environment.NewLine,
        $"{path}: {report.Sentences} sentences (spans matched by token overlap)",
        Line("source", report.Source),
        Line("target", report.Target),
        Line("overall", report.Overall));
}
