using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Events.Evaluation;

/// <summary>
/// Runs the coder over gold-standard sentences and scores it. Each sentence is processed as its own document,
/// exactly as <c>entente code</c> would; negated events never count as predictions.
/// </summary>
public sealed class EventEvaluator
{
    private readonly Func<Article, Extraction> _process;

    /// <summary>Creates an evaluator over a processing function (usually <see cref="EntentePipeline.Process"/>).</summary>
    public EventEvaluator(Func<Article, Extraction> process) => _process = process;

    /// <summary>
    /// The five-way class ConfliBERT's CAMEO sentences carry: 0 neutral (01 statements, 02 appeals), 1 verbal
    /// cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13, and 16 reducing relations:
    /// sanctions, expulsions, suspended aid), 4 material conflict (14, 15, 17–20). Appeals and reduced relations
    /// sit where the gold sentences put them (Phoenix's pentaclass), not where root-code ranges alone would.
    /// </summary>
    public static int ClassOf(string root) => int.Parse(root, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 2 => 0,
        <= 5 => 1,
        <= 8 => 2,
        <= 13 or 16 => 3,
        _ => 4,
    };

    /// <summary>Scores PLOVER types and (type, source, target) country triples.</summary>
    public PloverReport EvaluatePlover(IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var correctTypes = 0;
        int truePositives = 0, predictedCount = 0, goldCount = 0;
        var confusion = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var record in gold)
        {
            var events = Asserted(record.Text);
            // Statements (CAMEO 01) have no PLOVER type: the record's type is that of its main typed event.
            var main = events.Where(e => e.Plover is not null).OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).FirstOrDefault();
            var predictedType = main?.Plover?.Type ?? "NONE";
            if (predictedType == record.PloverType)
            {
                correctTypes++;
            }

            if (!confusion.TryGetValue(record.PloverType, out var row))
            {
                row = new SortedDictionary<string, int>(StringComparer.Ordinal);
                confusion[record.PloverType] = row;
            }

            row[predictedType] = row.GetValueOrDefault(predictedType) + 1;

            var predicted = events.Where(e => e.Plover is not null)
                .Select(e => (e.Plover!.Type, ActorCountry.Of(e.Source.Code, e.Source.Country), e.Target is null ? "-" : ActorCountry.Of(e.Target.Code, e.Target.Country)))
                .ToHashSet();
            var expected = new HashSet<(string, string, string)>();
            if (record.Mutual)
            {
                // A compound actor marked SRC/TAR acts with itself: each side towards each other side.
                foreach (var a in record.Sources)
                {
                    foreach (var b in record.Sources.Where(b => b != a))
                    {
                        expected.Add((record.PloverType, a, b));
                    }
                }
            }

            foreach (var source in record.Mutual ? Enumerable.Empty<string>() : record.Sources.DefaultIfEmpty("-"))
            {
                foreach (var target in record.Targets.DefaultIfEmpty("-"))
                {
                    expected.Add((record.PloverType, source, target));
                }
            }

            predictedCount += predicted.Count;
            goldCount += expected.Count;
            truePositives += predicted.Count(expected.Contains);
        }

        var frozen = confusion.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
        return new PloverReport(gold.Count, gold.Count == 0 ? 0 : (double)correctTypes / gold.Count, new Score(truePositives, predictedCount, goldCount), frozen);
    }

    /// <summary>
    /// Scores the class of each sentence's first non-negated event by trigger position (0 when none), statements
    /// (CAMEO 01) counting only when the sentence has no other event.
    /// </summary>
    public ClassReport EvaluateClasses(IReadOnlyList<(string Sentence, int Class)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var confusion = Enumerable.Range(0, 5).Select(_ => new int[5]).ToArray();
        foreach (var (sentence, gold) in rows)
        {
            // A statement that frames another coded event ("the air force says it killed …") is the report, not
            // the sentence's event: ConfliBERT labels what was said to happen, so statements count only alone.
            var events = Asserted(sentence);
            var first = events.Where(e => e.Root != "01").OrderBy(e => e.Trigger.Start).FirstOrDefault()
                ?? events.OrderBy(e => e.Trigger.Start).FirstOrDefault();
            var predicted = first is null ? 0 : ClassOf(first.Root);
            confusion[gold][predicted]++;
        }

        var correct = Enumerable.Range(0, 5).Sum(c => confusion[c][c]);
        var perClass = Enumerable.Range(0, 5)
            .Select(c => new Score(confusion[c][c], Enumerable.Range(0, 5).Sum(g => confusion[g][c]), confusion[c].Sum()))
            .ToArray();
        return new ClassReport(rows.Count, rows.Count == 0 ? 0 : (double)correct / rows.Count, perClass, confusion);
    }

    /// <summary>Scores source and target spans of non-negated events against gold role spans, by token overlap.</summary>
    public SpanReport EvaluateSpans(IReadOnlyList<SpanSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var source = new Counts();
        var target = new Counts();
        foreach (var sentence in sentences)
        {
            var offsets = sentence.TokenOffsets;
            var events = Asserted(sentence.Text);
            var predictedSources = events.Select(e => ToTokens(e.Source.Start, e.Source.End, offsets, sentence.Tokens)).Distinct().ToList();
            var predictedTargets = events.Where(e => e.Target is not null).Select(e => ToTokens(e.Target!.Start, e.Target.End, offsets, sentence.Tokens)).Distinct().ToList();
            source.Add(predictedSources, sentence.Spans('S'));
            target.Add(predictedTargets, sentence.Spans('T'));
        }

        var overall = new Counts { Predicted = source.Predicted + target.Predicted, Gold = source.Gold + target.Gold, PredictedMatched = source.PredictedMatched + target.PredictedMatched, GoldMatched = source.GoldMatched + target.GoldMatched };
        return new SpanReport(sentences.Count, source.ToScore(), target.ToScore(), overall.ToScore());
    }

    private List<CodedEvent> Asserted(string text)
    {
        var extraction = _process(new Article(text));
        return extraction.Events.Where(e => !e.Negated).ToList();
    }

    private static (int First, int Last) ToTokens(int start, int end, IReadOnlyList<int> offsets, IReadOnlyList<string> tokens)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < offsets.Count; i++)
        {
            var tokenEnd = offsets[i] + tokens[i].Length;
            if (offsets[i] < end && tokenEnd > start)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return (first, last);
    }

    private sealed class Counts
    {
        public int Predicted { get; set; }

        public int Gold { get; set; }

        public int PredictedMatched { get; set; }

        public int GoldMatched { get; set; }

        public void Add(List<(int First, int Last)> predicted, IReadOnlyList<(int First, int Last)> gold)
        {
            static bool Overlap((int First, int Last) a, (int First, int Last) b) => a.First <= b.Last && b.First <= a.Last;
            Predicted += predicted.Count;
            Gold += gold.Count;
            PredictedMatched += predicted.Count(p => gold.Any(g => Overlap(p, g)));
            GoldMatched += gold.Count(g => predicted.Any(p => Overlap(p, g)));
        }

        public Score ToScore() => new(PredictedMatched, Predicted, Gold) { GoldMatched = GoldMatched };
    }
}
