using Entente.Language.Perceptron;

namespace Entente.Tests.Language.Perceptron;

public sealed class AveragedPerceptronTests
{
    [Fact]
    public void LearnsToSeparateClassesByTheirFeatures()
    {
        var model = TrainToyModel();

        Predict(model, "red", "round").ShouldBe(0);
        Predict(model, "yellow", "long").ShouldBe(1);
        Predict(model, "green", "round").ShouldBe(2);
    }

    [Fact]
    public void SavedModelScoresExactlyAsBeforeInSinglePrecision()
    {
        var model = TrainToyModel();

        var reloaded = RoundTrip(model, WeightPrecision.Single);

        reloaded.FeatureCount.ShouldBe(model.FeatureCount);
        reloaded.WeightCount.ShouldBe(model.WeightCount);
        foreach (var features in new[] { ("red", "round"), ("yellow", "long"), ("green", "round"), ("red", "long") })
        {
            Scores(reloaded, features.Item1, features.Item2).ShouldBe(Scores(model, features.Item1, features.Item2));
        }
    }

    [Fact]
    public void HalfPrecisionKeepsScoresWithinAThousandth()
    {
        var model = TrainToyModel();

        var reloaded = RoundTrip(model, WeightPrecision.Half);

        var expected = Scores(model, "yellow", "round");
        var actual = Scores(reloaded, "yellow", "round");
        for (var k = 0; k < expected.Length; k++)
        {
            actual[k].ShouldBe(expected[k], Math.Max(1e-3, Math.Abs(expected[k]) * 1e-3));
        }
    }

    [Fact]
    public void FrozenModelWithDenseRowsScoresAsTheTrainedOne()
    {
        // 40 classes: "bias" and "common" get weights for every class (held as dense rows once frozen), the
        // per-class words one each (sparse runs); the frozen model adds the dense rows first, so the sums may differ
        // from the trained model's in the last bits only.
        const int classCount = 40;
        var perceptron = new AveragedPerceptron(classCount);
        var random = new Random(7);
        for (var step = 0; step < 400; step++)
        {
            var truth = random.Next(classCount);
            var guess = random.Next(classCount);
            int[] shared = [perceptron.RowOf(Feature("bias")), perceptron.RowOf(Feature("common"))];
            perceptron.Update(truth, guess, shared);
            perceptron.Update(truth, [perceptron.RowOf(Feature($"word{truth}"))], 1f);
            perceptron.NextExample();
        }

        perceptron.Average();
        var frozen = perceptron.Freeze();
        frozen.DenseRowCount.ShouldBe(2);

        string[][] inputs = [["bias", "common", "word3"], ["word5", "bias", "unknown", "word5"], ["word9", "word11"], ["common"]];
        foreach (var input in inputs)
        {
            var hashes = input.Select(Feature).ToArray();
            var rows = new int[hashes.Length];
            frozen.RowsOf(hashes, rows);
            rows.ShouldBe(hashes.Select(frozen.RowOf).ToArray());
            var expected = new float[classCount];
            var actual = new float[classCount];
            perceptron.Score(hashes.Select(h => input.Contains("unknown") && h == Feature("unknown") ? -1 : perceptron.RowOf(h)).ToArray(), expected);
            frozen.Score(rows, actual);
            for (var k = 0; k < classCount; k++)
            {
                actual[k].ShouldBe(expected[k], 1e-4 * Math.Max(1, Math.Abs(expected[k])), $"class {k}");
            }
        }
    }

    [Fact]
    public void ReadingRejectsAnotherFormatVersion()
    {
        var model = TrainToyModel();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        var bytes = stream.ToArray();
        var versionOffset = 1 + "Entente.PerceptronModel".Length;
        bytes[versionOffset] = 99;

        var error = Should.Throw<InvalidDataException>(() => PerceptronModel.Read(new BinaryReader(new MemoryStream(bytes)), "toy.model"));
        error.Message.ShouldContain("toy.model");
        error.Message.ShouldContain("version 99");
    }

    [Fact]
    public void PruningDropsSmallWeightsAndFeaturesLeftEmpty()
    {
        var perceptron = new AveragedPerceptron(2);
        int[] strong = [perceptron.RowOf(Feature("strong"))];
        int[] weak = [perceptron.RowOf(Feature("weak"))];
        for (var i = 0; i < 10; i++)
        {
            perceptron.Update(0, 1, strong);
            perceptron.NextExample();
        }

        perceptron.Update(0, 1, weak);
        perceptron.NextExample();
        perceptron.Average();

        var pruned = perceptron.Freeze(pruneThreshold: 0.5f);

        pruned.FeatureCount.ShouldBe(1);
        pruned.RowOf(Feature("weak")).ShouldBe(-1);
        pruned.RowOf(Feature("strong")).ShouldBeGreaterThanOrEqualTo(0);
        Scores(pruned, "strong", "unknown")[0].ShouldBeGreaterThan(0f);
    }

    [Fact]
    public void FeatureTableNumbersFeaturesInOrderOfFirstUse()
    {
        var table = new FeatureTable(4);
        var rows = Enumerable.Range(0, 1000).Select(i => table.Intern(new FeatureHash(7).Add(i).Value)).ToList();

        rows.ShouldBe(Enumerable.Range(0, 1000));
        table.Intern(new FeatureHash(7).Add(5).Value).ShouldBe(5);
        table.Find(new FeatureHash(8).Add(5).Value).ShouldBe(-1);
        table.Find(0).ShouldBe(-1);
    }

    [Fact]
    public void FeatureHashesSeparateTemplatesPartsAndCase()
    {
        new FeatureHash(1).Add("ab").Add("c").Value.ShouldNotBe(new FeatureHash(1).Add("a").Add("bc").Value);
        new FeatureHash(1).Add("Iran").Value.ShouldNotBe(new FeatureHash(2).Add("Iran").Value);
        new FeatureHash(1).Add("Iran", lowercase: true).Value.ShouldBe(new FeatureHash(1).Add("iran").Value);
    }

    [Fact]
    public void FeatureHashOfTextIsFnv1aOverFourBytesPerCharacter()
    {
        // The model files store these hashes: a faster mixing must give the very same values, for any character.
        foreach (var text in new[] { "Iran", "Ankara's", "Zürich", "Тегеран", "東京", "\uFFFF\u0100" })
        {
            new FeatureHash(3).Add(text).Value.ShouldBe(ReferenceFnv(3, text));
            new FeatureHash(3).Add(text, lowercase: true).Value.ShouldBe(ReferenceFnv(3, text.ToLowerInvariant()));
        }
    }

    private static ulong ReferenceFnv(int template, string text)
    {
        var hash = 14695981039346656037UL;
        void Mix(uint value)
        {
            for (var shift = 0; shift < 32; shift += 8)
            {
                hash ^= (value >> shift) & 0xFF;
                hash *= 1099511628211UL;
            }
        }

        Mix((uint)template);
        foreach (var c in text)
        {
            Mix(c);
        }

        Mix(0xFFFF_FFFFu);
        return hash;
    }

    private static ulong Feature(string value) => new FeatureHash(1).Add(value).Value;

    private static PerceptronModel TrainToyModel()
    {
        // Apples are red or green and round, bananas yellow and long, limes green and round: colour decides
        // between apple and lime only with "green" + "round" → lime, "red" → apple.
        (string Colour, string Shape, int Fruit)[] examples = [("red", "round", 0), ("yellow", "long", 1), ("green", "round", 2), ("red", "round", 0), ("yellow", "long", 1)];
        var perceptron = new AveragedPerceptron(3);
        var scores = new float[3];
        for (var epoch = 0; epoch < 5; epoch++)
        {
            foreach (var (colour, shape, fruit) in examples)
            {
                int[] rows = [perceptron.RowOf(Feature(colour)), perceptron.RowOf(Feature(shape))];
                perceptron.Score(rows, scores);
                perceptron.Update(fruit, Array.IndexOf(scores, scores.Max()), rows);
                perceptron.NextExample();
            }
        }

        perceptron.Average();
        return perceptron.Freeze();
    }

    private static float[] Scores(IFeatureScorer model, string colour, string shape)
    {
        var scores = new float[model.ClassCount];
        model.Score([model.RowOf(Feature(colour)), model.RowOf(Feature(shape))], scores);
        return scores;
    }

    private static int Predict(IFeatureScorer model, string colour, string shape)
    {
        var scores = Scores(model, colour, shape);
        return Array.IndexOf(scores, scores.Max());
    }

    private static PerceptronModel RoundTrip(PerceptronModel model, WeightPrecision precision)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer, precision);
        }

        stream.Position = 0;
        return PerceptronModel.Read(new BinaryReader(stream));
    }
}
