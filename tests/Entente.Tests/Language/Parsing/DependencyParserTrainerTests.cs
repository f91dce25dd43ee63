using Entente.Language.Conllu;
using Entente.Language.Parsing;

namespace Entente.Tests.Language.Parsing;

public sealed class DependencyParserTrainerTests
{
    private static readonly string TrainFile = RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-train.conllu");
    private static readonly string DevFile = RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");

    private static DependencyParserTrainingOptions SmallSlice(int seed) => new()
    {
        TrainFiles = [TrainFile],
        MaxSentences = 200,
        Epochs = 2,
        Seed = seed,
        PruneBelow = 0.01f,
    };

    [Fact]
    public void TwoTrainingsWithTheSameSeedWriteByteIdenticalModels()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            DependencyParserTrainer.Train(SmallSlice(seed: 7)).Parser.Save(first);
            DependencyParserTrainer.Train(SmallSlice(seed: 7)).Parser.Save(second);

            var bytes = File.ReadAllBytes(first);
            bytes.Length.ShouldBeGreaterThan(1000);
            File.ReadAllBytes(second).ShouldBe(bytes);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void ASavedAndReloadedModelParsesExactlyLikeTheTrainedOne()
    {
        var trained = DependencyParserTrainer.Train(SmallSlice(seed: 3)).Parser;
        var path = Path.GetTempFileName();
        try
        {
            trained.Save(path);
            var reloaded = DependencyParser.Load(path);

            reloaded.Labels.ShouldBe(trained.Labels);
            foreach (var sentence in ConlluReader.ReadFile(DevFile).Take(200))
            {
                var expected = DependencyEvaluator.ToTokens(sentence);
                var actual = DependencyEvaluator.ToTokens(sentence);
                trained.Parse(expected);
                reloaded.Parse(actual);
                actual.Select(t => (t.Head, t.DepRel)).ShouldBe(expected.Select(t => (t.Head, t.DepRel)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TrainingOnASliceLearnsMoreThanAChanceParser()
    {
        var parser = DependencyParserTrainer.Train(SmallSlice(seed: 1)).Parser;

        var scores = DependencyEvaluator.Evaluate(parser, ConlluReader.ReadFile(DevFile).Take(300));

        scores.Uas.ShouldBeGreaterThan(60);
        scores.Las.ShouldBeLessThanOrEqualTo(scores.Uas);
    }

    [Fact]
    public void AFileThatIsNotAModelIsRejectedWithItsName()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");

            var exception = Should.Throw<InvalidDataException>(() => DependencyParser.Load(path));

            exception.Message.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
