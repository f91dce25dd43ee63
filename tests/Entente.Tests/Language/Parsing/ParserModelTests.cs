using Entente.Language.Parsing;

namespace Entente.Tests.Language.Parsing;

public sealed class ParserModelTests
{
    [Fact]
    public void ScoringAddsDenseRowsThenInlineEntriesThenOverflowRunsEachInFeatureOrder()
    {
        // Runs of every length, from one entry (inline in the bucket) through the overflow runs to dense rows of all
        // classes; keys looked up in random order, some of them absent. The order of the additions is part of the
        // contract: it fixes the rounding, so the sums are compared bit for bit.
        var labels = Enumerable.Range(0, 51).Select(i => i == 7 ? "root" : "label" + i).ToArray();
        var classCount = 1 + (2 * labels.Length);
        var random = new Random(3);
        var keys = new SortedSet<uint>();
        while (keys.Count < 2000)
        {
            keys.Add((uint)random.Next(2, int.MaxValue));
        }

        var featureKeys = keys.ToArray();
        var counts = new byte[featureKeys.Length];
        var classes = new List<byte>();
        var weights = new List<Half>();
        var runs = new Dictionary<uint, (int Class, float Weight)[]>();
        for (var f = 0; f < featureKeys.Length; f++)
        {
            var count = 1 + (f % classCount);
            counts[f] = (byte)count;
            var run = Enumerable.Range(0, classCount).OrderBy(_ => random.Next()).Take(count).Order()
                .Select(c => (c, (float)(Half)((random.NextDouble() * 40) - 20))).ToArray();
            runs[featureKeys[f]] = run;
            classes.AddRange(run.Select(entry => (byte)entry.c));
            weights.AddRange(run.Select(entry => (Half)entry.Item2));
        }

        var model = new ParserModel(labels, featureKeys, counts, [.. classes], [.. weights]);
        var scores = new float[classCount];
        var expected = new float[classCount];
        for (var trial = 0; trial < 200; trial++)
        {
            var vector = Enumerable.Range(0, 97).Select(_ => random.Next(4) == 0 ? (uint)random.Next(2, int.MaxValue) : featureKeys[random.Next(featureKeys.Length)]).ToArray();
            Array.Clear(scores);
            Array.Clear(expected);
            model.Score(vector, scores);
            var found = vector.Where(runs.ContainsKey).Select(key => runs[key]).ToArray();
            var dense = found.Where(run => run.Length >= ParserModel.DenseFrom);
            var inline = found.Where(run => run.Length <= 2);
            var overflow = found.Where(run => run.Length is > 2 and < ParserModel.DenseFrom);
            foreach (var run in dense.Concat(inline).Concat(overflow))
            {
                foreach (var (classId, weight) in run)
                {
                    expected[classId] += weight;
                }
            }

            for (var c = 0; c < classCount; c++)
            {
                BitConverter.SingleToInt32Bits(scores[c]).ShouldBe(BitConverter.SingleToInt32Bits(expected[c]), $"trial {trial}, class {c}");
            }
        }
    }
}
