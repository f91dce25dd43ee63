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
    public void AVerbReadAsAClauseOnTheTimePhraseAfterTheSubjectIsTheVerb()
    {
        // "Obama on Sunday held talks ." parsed as "Obama [on Sunday [held talks]]".
        var tokens = Sentence(
            ("Obama", "PROPN", "NNP", -1, "root"),
            ("on", "ADP", "IN", 2, "case"),
            ("Sunday", "PROPN", "NNP", 0, "nmod"),
            ("held", "VERB", "VBD", 2, "acl"),
            ("talks", "NOUN", "NNS", 3, "obj"),
            (".", "PUNCT", ".", 0, "punct"));

        ParseRepairs.Apply(tokens);

        tokens[3].Head.ShouldBe(-1);
        tokens[0].Head.ShouldBe(3);
        tokens[0].DepRel.ShouldBe("nsubj");
        tokens[2].Head.ShouldBe(3);
        tokens[2].DepRel.ShouldBe("obl");
        tokens[5].Head.ShouldBe(3);
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

    [Fact]
    public void ANumberIsNeverAnAuxiliary()
    {
        // "A court on September 13 charged him": "13" read as a passive auxiliary made the court the one charged.
        var tokens = Sentence(
            ("court", "NOUN", "NN", 4, "nsubj:pass"),
            ("on", "ADP", "IN", 2, "case"),
            ("September", "PROPN", "NNP", 4, "obl"),
            ("13", "NUM", "CD", 4, "aux:pass"),
            ("charged", "VERB", "VBN", -1, "root"),
            ("him", "PRON", "PRP", 4, "obj"));

        ParseRepairs.Apply(tokens);

        tokens[3].Head.ShouldBe(2);
        tokens[3].DepRel.ShouldBe("nummod");
        tokens[0].DepRel.ShouldBe("nsubj");
    }

    [Fact]
    public void ATimeNounBesideAnotherSubjectIsATimeAdverbial()
    {
        var tokens = Sentence(
            ("Hours", "NOUN", "NNS", 3, "nsubj"),
            ("earlier", "ADV", "RBR", 3, "advmod"),
            ("Maduro", "PROPN", "NNP", 3, "nsubj"),
            ("expelled", "VERB", "VBD", -1, "root"),
            ("diplomats", "NOUN", "NNS", 3, "obj"));

        ParseRepairs.Apply(tokens);

        tokens[0].DepRel.ShouldBe("obl:unmarked");
        tokens[2].DepRel.ShouldBe("nsubj");
    }

    [Fact]
    public void AnAdjectiveEdWordBeforeTheObjectOfANounRootIsTheVerb()
    {
        // "helicopters shelled positions" with "shelled" tagged JJ and "positions" hung on the noun as its object.
        var tokens = Sentence(
            ("helicopters", "NOUN", "NNS", -1, "root"),
            ("shelled", "ADJ", "JJ", 2, "amod"),
            ("positions", "NOUN", "NNS", 0, "obj"),
            (".", "PUNCT", ".", 0, "punct"));

        ParseRepairs.Apply(tokens);

        tokens[1].Head.ShouldBe(-1);
        tokens[1].Upos.ShouldBe("VERB");
        tokens[0].DepRel.ShouldBe("nsubj");
        tokens[2].Head.ShouldBe(1);
        tokens[3].Head.ShouldBe(1);
    }

    [Fact]
    public void AnObjectLeftAsAnNmodWithoutPrepositionCountsToo()
    {
        // "bulldozers demolished homes" with "demolished" tagged JJ and "homes" hung on the noun as a bare nmod.
        var tokens = Sentence(
            ("bulldozers", "NOUN", "NNS", -1, "root"),
            ("demolished", "ADJ", "JJ", 2, "amod"),
            ("homes", "NOUN", "NNS", 0, "nmod"));

        ParseRepairs.Apply(tokens);

        tokens[1].Head.ShouldBe(-1);
        tokens[0].DepRel.ShouldBe("nsubj");
        tokens[2].Head.ShouldBe(1);
        tokens[2].DepRel.ShouldBe("obj");
    }

    [Fact]
    public void TheNounAfterASubordinatorIsTheClausesSubject()
    {
        // "cancelled a visit after the elections were declared", read "[a visit after the elections] were declared".
        var tokens = Sentence(
            ("minister", "NOUN", "NN", 1, "nsubj"),
            ("cancelled", "VERB", "VBD", -1, "root"),
            ("a", "DET", "DT", 3, "det"),
            ("visit", "NOUN", "NN", 8, "nsubj:pass"),
            ("after", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"),
            ("elections", "NOUN", "NNS", 3, "nmod"),
            ("were", "AUX", "VBD", 8, "aux:pass"),
            ("declared", "VERB", "VBN", 1, "ccomp"));

        ParseRepairs.Apply(tokens);

        tokens[3].Head.ShouldBe(1);
        tokens[3].DepRel.ShouldBe("obj");
        tokens[6].Head.ShouldBe(8);
        tokens[6].DepRel.ShouldBe("nsubj:pass");
        tokens[4].DepRel.ShouldBe("mark");
        tokens[8].DepRel.ShouldBe("advcl");
    }

    [Fact]
    public void ANameRightAfterASubjectNounIsInApposition()
    {
        var tokens = Sentence(
            ("leader", "NOUN", "NN", 2, "nsubj"),
            ("Gaddafi", "PROPN", "NNP", 2, "nsubj"),
            ("signed", "VERB", "VBD", -1, "root"));

        ParseRepairs.Apply(tokens);

        tokens[1].Head.ShouldBe(0);
        tokens[1].DepRel.ShouldBe("appos");
    }

    [Fact]
    public void ANounInAppositionToTheIntroductoryPhraseIsTheSubject()
    {
        // "In September , a car bomb killed him": the bomb read in apposition to "September".
        var tokens = Sentence(
            ("In", "ADP", "IN", 1, "case"),
            ("September", "PROPN", "NNP", 6, "obl"),
            (",", "PUNCT", ",", 5, "punct"),
            ("a", "DET", "DT", 5, "det"),
            ("car", "NOUN", "NN", 5, "compound"),
            ("bomb", "NOUN", "NN", 1, "appos"),
            ("killed", "VERB", "VBD", -1, "root"),
            ("him", "PRON", "PRP", 6, "obj"));

        ParseRepairs.Apply(tokens);

        tokens[5].Head.ShouldBe(6);
        tokens[5].DepRel.ShouldBe("nsubj");
    }

    private static Token[] Sentence(params (string Text, string Upos, string Xpos, int Head, string DepRel)[] words) =>
        [.. words.Select(w => new Token { Text = w.Text, Upos = w.Upos, Xpos = w.Xpos, Head = w.Head, DepRel = w.DepRel })];
}
