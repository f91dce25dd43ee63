using Entente.Documents;
using Entente.Language;
using Entente.Language.Tokenization;

namespace Entente.Tests.Language.Tokenization;

public sealed class TokenizerStageTests
{
    [Fact]
    public void StageFillsSentencesAndSkipsBoilerplate()
    {
        var text = File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt"));
        var document = new AnalyzedDocument(new Article(text));
        var boilerplate = text.IndexOf("We encourage you to share your thoughts", StringComparison.Ordinal);
        document.Boilerplate.Add((boilerplate, text.Length));

        new TokenizerStage().Process(document);

        document.Sentences.ShouldNotBeEmpty();
        document.Sentences[0].TextOf(text).ShouldBe("Putin Meets With Iran: A New Era In Geopolitics Unfolds");
        document.Sentences.Select(s => s.Index).ShouldBe(Enumerable.Range(0, document.Sentences.Count));
        document.Sentences[^1].End.ShouldBeLessThanOrEqualTo(boilerplate);
        document.Sentences[^1].TextOf(text).ShouldStartWith("As Russia and Iran continue to strengthen their ties");
    }
}
