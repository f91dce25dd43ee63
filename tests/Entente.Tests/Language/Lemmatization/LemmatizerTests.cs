using Entente.Language.Conllu;
using Entente.Language.Lemmatization;
using Xunit.Abstractions;

namespace Entente.Tests.Language.Lemmatization;

public sealed class LemmatizerTests
{
    private static readonly Lazy<Lemmatizer> Shipped = new(Lemmatizer.LoadDefault);

    private readonly ITestOutputHelper _output;

    public LemmatizerTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("met", "VERB", "meet")]
    [InlineData("meeting", "NOUN", "meeting")]
    [InlineData("meets", "VERB", "meet")]
    [InlineData("sanctions", "NOUN", "sanction")]
    [InlineData("Sanctions", "NOUN", "sanction")]
    [InlineData("supplying", "VERB", "supply")]
    [InlineData("hailed", "VERB", "hail")]
    [InlineData("countries", "NOUN", "country")]
    [InlineData("better", "ADJ", "good")]
    [InlineData("was", "AUX", "be")]
    [InlineData("n't", "PART", "not")]
    [InlineData("ca", "AUX", "can")]
    [InlineData("'s", "AUX", "be")]
    [InlineData("them", "PRON", "they")]
    [InlineData("Iran", "PROPN", "Iran")]
    [InlineData("Americans", "PROPN", "American")]
    [InlineData("children", "NOUN", "child")]
    public void ShippedListAndRulesGiveTreebankLemmas(string word, string upos, string lemma) =>
        Shipped.Value.Lemmatize(word, upos).ShouldBe(lemma);

    [Theory]
    [InlineData("planned", "VERB", "VBD", "plan")]
    [InlineData("stopping", "VERB", "VBG", "stop")]
    [InlineData("producing", "VERB", "VBG", "produce")]
    [InlineData("negotiated", "VERB", "VBN", "negotiate")]
    [InlineData("making", "VERB", "VBG", "make")]
    [InlineData("agreed", "VERB", "VBD", "agree")]
    [InlineData("supplies", "VERB", "VBZ", "supply")]
    [InlineData("pushes", "VERB", "VBZ", "push")]
    [InlineData("visited", "VERB", "VBD", "visit")]
    [InlineData("controlled", "VERB", "VBN", "control")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("churches", "NOUN", "NNS", "church")]
    [InlineData("analysis", "NOUN", "NN", "analysis")]
    [InlineData("bigger", "ADJ", "JJR", "big")]
    [InlineData("larger", "ADJ", "JJR", "large")]
    [InlineData("easiest", "ADJ", "JJS", "easy")]
    [InlineData("Zionists", "PROPN", "NNPS", "Zionist")]
    [InlineData("FREE", "ADJ", "JJ", "free")]
    [InlineData("preceding", "VERB", "VBG", "precede")]
    [InlineData("profiled", "VERB", "VBN", "profile")]
    [InlineData("mimicking", "VERB", "VBG", "mimic")]
    [InlineData("settled", "VERB", "VBD", "settle")]
    [InlineData("CPS", "NOUN", "NNS", "cps")]
    [InlineData("1,100", "NUM", "CD", "1100")]
    [InlineData("kerala", "PROPN", "NNP", "Kerala")]
    [InlineData("noc@voanews.com", "PROPN", "NNP", "noc@voanews.com")]
    public void SuffixRulesHandleUnlistedInflections(string word, string upos, string xpos, string lemma) =>
        Lemmatizer.RulesOnly.Lemmatize(word, upos, xpos).ShouldBe(lemma);

    [Fact]
    public void RulesWithoutXposGuessTheVerbFormFromTheSuffix()
    {
        Lemmatizer.RulesOnly.Lemmatize("supplying", "VERB").ShouldBe("supply");
        Lemmatizer.RulesOnly.Lemmatize("hailed", "VERB").ShouldBe("hail");
        Lemmatizer.RulesOnly.Lemmatize("threatens", "VERB").ShouldBe("threaten");
        Lemmatizer.RulesOnly.Lemmatize("sanctions", "NOUN").ShouldBe("sanction");
    }

    [Fact]
    public void XposSpecificExceptionsWinOverTheUposEntry()
    {
        Shipped.Value.Lemmatize("her", "PRON", "PRP").ShouldBe("she");
        Shipped.Value.Lemmatize("better", "ADV").ShouldBe("well");
    }

    [Fact]
    public void LemmaAccuracyOnEwtDevWithGoldTagsIsAtLeast97Percent()
    {
        var (total, correct, correctWithXpos) = (0, 0, 0);
        foreach (var sentence in ConlluReader.ReadFile(RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu")))
        {
            foreach (var token in sentence.Tokens)
            {
                total++;
                correct += Shipped.Value.Lemmatize(token.Form, token.Upos) == token.Lemma ? 1 : 0;
                correctWithXpos += Shipped.Value.Lemmatize(token.Form, token.Upos, token.Xpos) == token.Lemma ? 1 : 0;
            }
        }

        var accuracy = (double)correct / total;
        var accuracyWithXpos = (double)correctWithXpos / total;
        _output.WriteLine($"EWT dev lemma accuracy: gold UPOS {accuracy:P2}, gold UPOS+XPOS {accuracyWithXpos:P2} ({total} words)");
        accuracy.ShouldBeGreaterThan(0.98);
        accuracyWithXpos.ShouldBeGreaterThan(0.985);
    }
}
