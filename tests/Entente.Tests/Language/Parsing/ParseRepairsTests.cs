using Entente.Language;
using Entente.Language.Parsing;

namespace Entente.Tests.Language.Parsing;

public sealed class ParseRepairsTests
{
    [Fact]
    public void NounRootWithAPastTenseClauseBecomesItsSubject()
    {
        // "The group released 19 Christians ." parsed as a noun root with a reduced relative.
        var tokens = Sentence(
            ("The", "DET", "DT", 1, "det"),
            ("group", "NOUN", "NN", -1, "root"),
            ("released", "VERB", "VBD", 1, "acl"),
            ("19", "NUM", "CD", 4, "nummod"),
            ("Christians", "PROPN", "NNPS", 2, "obj"),
            (".", "PUNCT", ".", 1, "punct"));

        ParseRepairs.Apply(tokens);

        tokens[2].Head.ShouldBe(-1);
        tokens[2].DepRel.ShouldBe("root");
        tokens[1].Head.ShouldBe(2);
        tokens[1].DepRel.ShouldBe("nsubj");
        tokens[5].Head.ShouldBe(2);
        tokens[4].Head.ShouldBe(2);
    }

    [Fact]
    public void ReducedRelativeParticipleWithoutObjectIsLeftAlone()
    {
        // "Hostages released yesterday ." is a fine noun phrase (a headline with no verb).
        var tokens = Sentence(
            ("Hostages", "NOUN", "NNS", -1, "root"),
            ("released", "VERB", "VBN", 0, "acl"),
            ("yesterday", "NOUN", "NN", 1, "obl:tmod"),
            (".", "PUNCT", ".", 0, "punct"));

        ParseRepairs.Apply(tokens);

        tokens[0].Head.ShouldBe(-1);
        tokens[1].DepRel.ShouldBe("acl");
    }

    private static Token[] Sentence(params (string Text, string Upos, string Xpos, int Head, string DepRel)[] words) =>
        [.. words.Select(w => new Token { Text = w.Text, Upos = w.Upos, Xpos = w.Xpos, Head = w.Head, DepRel = w.DepRel })];
}
