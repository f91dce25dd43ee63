using Entente.Cli;
using Entente.Language.Conllu;

namespace Entente.Tests.Language.Parsing;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task ConlluInputKeepsItsWordsFeaturesAndCommentsAndGetsTagsLemmasAndATree()
    {
        const string input = "# sent_id = s1\n# text = Putin met Pezeshkian.\n" +
            "1\tPutin\t_\t_\t_\tNumber=Sing\t_\t_\t_\tSpaceAfter=No\n" +
            "2\tmet\t_\t_\t_\tTense=Past\t_\t_\t_\t_\n" +
            "3\tPezeshkian\t_\t_\t_\tNumber=Sing\t_\t_\t_\t_\n" +
            "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        var output = new StringWriter();

        var exit = await EntenteCli.RunAsync(["parse", "--input-format", "conllu"], new StringReader(input), output, new StringWriter());

        exit.ShouldBe(0);
        var sentence = ConlluReader.Read(new StringReader(output.ToString())).Single();
        sentence.Id.ShouldBe("s1");
        sentence.Tokens.Select(t => t.Form).ShouldBe(["Putin", "met", "Pezeshkian", "."]);
        sentence.Tokens[1].Lemma.ShouldBe("meet");
        sentence.Tokens[1].Upos.ShouldBe("VERB");
        sentence.Tokens[1].Feats.ShouldBe("Tense=Past");
        sentence.Tokens.Select(t => (t.Head, t.DepRel)).ShouldBe([(1, "nsubj"), (-1, "root"), (1, "obj"), (1, "punct")]);
        sentence.Tokens[0].Misc.ShouldContain("SpaceAfter=No");
    }

    [Fact]
    public async Task RawTextIsSplitIntoSentencesWithOneRootEach()
    {
        var output = new StringWriter();

        var exit = await EntenteCli.RunAsync(["parse"], new StringReader("Russia attacked Ukraine. Iran supplied drones to Moscow.\n"), output, new StringWriter());

        exit.ShouldBe(0);
        var sentences = ConlluReader.Read(new StringReader(output.ToString())).ToList();
        sentences.Count.ShouldBe(2);
        sentences.ShouldAllBe(s => s.Tokens.Count(t => t.Head == -1) == 1);
        sentences[1].Text.ShouldBe("Iran supplied drones to Moscow.");
    }
}
