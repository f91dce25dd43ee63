using Entente.Cli.Commands;
using Entente.Language.Conllu;
using Entente.Language.Parsing;

namespace Entente.Tests.Language.Parsing;

public sealed class ParseCommandTests
{
    [Fact]
    public void ParsedConlluKeepsWordsTagsFeaturesAndMiscAndFillsTheTree()
    {
        const string input = "# sent_id = s1\n# text = Putin met Pezeshkian.\n" +
            "1\tPutin\tPutin\tPROPN\tNNP\tNumber=Sing\t0\t_\t_\tNER=B-PER\n" +
            "2\tmet\tmeet\tVERB\tVBD\tTense=Past\t0\t_\t_\t_\n" +
            "3\tPezeshkian\tPezeshkian\tPROPN\tNNP\tNumber=Sing\t0\t_\t_\tNER=B-PER\n" +
            "4\t.\t.\tPUNCT\t.\t_\t0\t_\t_\tSpaceAfter=No\n\n";
        var sentence = ConlluReader.Read(new StringReader(input)).Single();
        var tokens = DependencyEvaluator.ToTokens(sentence);
        DependencyParser.Default.Parse(tokens);
        var output = new StringWriter();

        ParseCommand.Write(output, sentence.Comments, tokens, sentence.Tokens);

        var reread = ConlluReader.Read(new StringReader(output.ToString())).Single();
        reread.Id.ShouldBe("s1");
        reread.Tokens.Select(t => t.Form).ShouldBe(["Putin", "met", "Pezeshkian", "."]);
        reread.Tokens.Select(t => t.Xpos).ShouldBe(["NNP", "VBD", "NNP", "."]);
        reread.Tokens[0].MiscValue("NER").ShouldBe("B-PER");
        reread.Tokens[1].Feats.ShouldBe("Tense=Past");
        reread.Tokens.Select(t => (t.Head, t.DepRel)).ShouldBe([(1, "nsubj"), (-1, "root"), (1, "obj"), (1, "punct")]);
    }
}
