using Entente.Language.Conllu;

namespace Entente.Tests.Language;

public sealed class ConlluReaderTests
{
    [Fact]
    public void ReadsWordsSkippingMultiwordRangesAndEmptyNodes()
    {
        const string text = "# sent_id = s1\n# text = I don't know\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tNER=O\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\n";
        var sentences = ConlluReader.Read(new StringReader(text)).ToList();

        sentences.Count.ShouldBe(1);
        sentences[0].Id.ShouldBe("s1");
        sentences[0].Tokens.Select(t => t.Form).ShouldBe(["I", "do", "know"]);
        sentences[0].Tokens[0].Head.ShouldBe(2);
        sentences[0].Tokens[2].Head.ShouldBe(-1);
        sentences[0].Tokens[2].MiscValue("NER").ShouldBe("O");
    }
}
