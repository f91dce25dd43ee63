using Entente.Documents;
using Entente.Language;
using Entente.Language.Tagging;

namespace Entente.Tests.Language.Tagging;

public sealed class PosTaggerTests
{
    private static readonly string EwtDirectory = RepoPaths.InShared("data", "train", "ud-english-ewt");

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesByteIdenticalModelFiles()
    {
        var options = new PosTaggerTrainingOptions
        {
            TrainFiles = [Path.Combine(EwtDirectory, "en_ewt-ud-train.conllu")],
            Epochs = 2,
            Seed = 7,
            MaxSentences = 300,
        };
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            PosTaggerTrainer.Train(options).Save(first);
            PosTaggerTrainer.Train(options).Save(second);

            File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
            PosTagger.Load(first).Labels.ShouldContain("PROPN|NNP");
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void CommittedTaggerReachesTheUposFloorOnEwtDev()
    {
        var tagger = PosTagger.Load(RepoPaths.InRepo("models", "tagger", "en-pos.model"));

        var score = PosTaggerTrainer.Evaluate(tagger, TaggedSentence.ReadConllu(Path.Combine(EwtDirectory, "en_ewt-ud-dev.conllu")));

        score.Tokens.ShouldBe(25147);
        score.UposAccuracy.ShouldBeGreaterThan(0.945);
        score.XposAccuracy.ShouldBeGreaterThan(0.94);
    }

    [Fact]
    public void StageTagsEveryTokenOfTheSeedArticle()
    {
        var document = SimpleTokenizer.Analyze(File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt")));

        new PosTaggerStage(PosTagger.Load(RepoPaths.InRepo("models", "tagger", "en-pos.model"))).Process(document);

        var tokens = document.Sentences.SelectMany(s => s.Tokens).ToList();
        tokens.ShouldAllBe(t => t.Upos != null && t.Xpos != null);
        tokens.First(t => t.Text == "Pezeshkian").Upos.ShouldBe("PROPN");
        tokens.First(t => t.Text == "met").Upos.ShouldBe("VERB");
        tokens.First(t => t.Text == "the").Xpos.ShouldBe("DT");
    }

    [Fact]
    public void ShapesCollapseRunsOfOneCharacterClass()
    {
        Span<char> buffer = stackalloc char[WordShape.MaxLength];

        buffer[..WordShape.Write("Putin", buffer)].ToString().ShouldBe("Xx");
        buffer[..WordShape.Write("2024", buffer)].ToString().ShouldBe("d");
        buffer[..WordShape.Write("U.S.", buffer)].ToString().ShouldBe("X.X.");
        buffer[..WordShape.Write("Israel-Iran", buffer)].ToString().ShouldBe("Xx-Xx");
        WordShape.Flags("NATO").ShouldBe(WordFlags.Capitalised | WordFlags.AllCaps);
        WordShape.Flags("21st-century").ShouldBe(WordFlags.HasDigit | WordFlags.HasHyphen);
    }
}
