using Entente.Language.Conllu;
using Entente.Language.Parsing;

namespace Entente.Tests.Language.Parsing;

public sealed class JackknifeTaggingTests
{
    private static readonly string TrainFile = RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-train.conllu");

    [Theory]
    [InlineData(10, 3)]
    [InlineData(12544, 4)]
    [InlineData(7, 7)]
    public void FoldsAreContiguousBlocksCoveringEverySentenceWithSizesWithinOne(int count, int folds)
    {
        var foldOf = JackknifeTagging.Folds(count, folds);

        foldOf.Length.ShouldBe(count);
        foldOf[0].ShouldBe(0);
        foldOf[^1].ShouldBe(folds - 1);
        for (var i = 1; i < count; i++)
        {
            (foldOf[i] - foldOf[i - 1]).ShouldBeInRange(0, 1);
        }

        var sizes = foldOf.GroupBy(f => f).Select(g => g.Count()).ToList();
        sizes.Count.ShouldBe(folds);
        (sizes.Max() - sizes.Min()).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void TenSentencesInThreeFoldsSplitFourThreeThree()
    {
        JackknifeTagging.Folds(10, 3).ShouldBe([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(3, 4)]
    public void ImpossibleFoldCountsAreRejected(int count, int folds)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => JackknifeTagging.Folds(count, folds));
    }

    [Fact]
    public void JackknifedTagsAreDeterministicAndPredictedNotGold()
    {
        var sentences = ConlluReader.ReadFile(TrainFile).Where(s => s.Tokens.Count > 0).Take(120).ToList();

        var first = JackknifeTags(sentences, seed: 5);
        var second = JackknifeTags(sentences, seed: 5);

        second.ShouldBe(first);
        var gold = sentences.SelectMany(s => s.Tokens.Select(t => t.Upos + "|" + t.Xpos)).ToList();
        var agreement = first.Zip(gold).Count(p => p.First == p.Second) / (double)gold.Count;

        // Taggers trained on 80 sentences, tagging the 40 they did not see: well above chance, well below gold.
        agreement.ShouldBeInRange(0.4, 0.97);
    }

    [Fact]
    public void AJackknifedParserTrainingIsByteIdenticalAcrossRuns()
    {
        var options = new DependencyParserTrainingOptions
        {
            TrainFiles = [TrainFile],
            MaxSentences = 120,
            Epochs = 1,
            Seed = 2,
            PruneBelow = 0.01f,
            JackknifeFolds = 3,
            JackknifeTaggerEpochs = 1,
        };
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        var gold = Path.GetTempFileName();
        try
        {
            DependencyParserTrainer.Train(options).Parser.Save(first);
            DependencyParserTrainer.Train(options).Parser.Save(second);
            DependencyParserTrainer.Train(options with { JackknifeFolds = 0 }).Parser.Save(gold);

            File.ReadAllBytes(second).ShouldBe(File.ReadAllBytes(first));
            File.ReadAllBytes(gold).ShouldNotBe(File.ReadAllBytes(first));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
            File.Delete(gold);
        }
    }

    private static List<string> JackknifeTags(List<ConlluSentence> sentences, int seed)
    {
        var tokens = sentences.Select(DependencyEvaluator.ToTokens).ToArray();
        JackknifeTagging.Tag(sentences, tokens, folds: 3, epochs: 2, seed, prune: 0.05f);
        return [.. tokens.SelectMany(t => t.Select(token => token.Upos + "|" + token.Xpos))];
    }
}
