using Entente.Documents;
using Entente.Ingest;
using Entente.Language;

namespace Entente.Tests.Ingest;

public sealed class BoilerplateDetectorTests
{
    private static readonly Lazy<string> SeedText = new(() =>
        ArticleReader.Read([RepoPaths.InShared("seed", "putin-meets-iran.txt")], new IngestOptions()).Single().Article!.Text);

    private static List<string> Marked(string text) => BoilerplateDetector.Find(text).Select(r => text[r.Start..r.End]).ToList();

    private static (int Start, int End) Span(string text, string first, string last)
    {
        var start = text.IndexOf(first, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, first);
        var end = text.IndexOf(last, start, StringComparison.Ordinal);
        end.ShouldBeGreaterThanOrEqualTo(0, last);
        return (start, end + last.Length);
    }

    [Fact]
    public void SeedArticleBoilerplateIsExactlyTheTableOfContentsTheLinkListTheCallToActionAndTheTrailingCredits()
    {
        var text = SeedText.Value;

        var ranges = BoilerplateDetector.Find(text);

        ranges.ShouldBe([
            Span(text, "Table of Contents", "- Expert Analysis: What Do These Meetings Signify?"),
            Span(text, "- Is It Safe To Travel To Iran", "- Israel Iran Embassy"),
            Span(text, "We encourage you to share your thoughts", "Photo bank ∙ For the Media ∙ President of Russia"),
        ]);
    }

    [Fact]
    public void SeedArticleProseHeadingsAndTableRowsAreNotBoilerplate()
    {
        var text = SeedText.Value;
        var ranges = BoilerplateDetector.Find(text);

        bool Covered(string fragment)
        {
            var start = text.IndexOf(fragment, StringComparison.Ordinal);
            return ranges.Any(r => r.Start < start + fragment.Length && start < r.End);
        }

        Covered("This alliance is a significant force shaping the contours").ShouldBeFalse();
        Covered("The Military Dimension: Iran's Role in Ukraine\nA critical").ShouldBeFalse();
        Covered("Role | President of Iran (recently elected) |").ShouldBeFalse();
        Covered("This emerging axis seeks to establish alternative trade routes").ShouldBeFalse();
        Covered("Conclusion").ShouldBeFalse();
        Covered("Putin Meets With Iran: A New Era In Geopolitics Unfolds").ShouldBeFalse();
    }

    [Fact]
    public void StageAddsTheRangesToTheDocument()
    {
        var document = new AnalyzedDocument(new Article(SeedText.Value));

        new BoilerplateStage().Process(document);

        document.Boilerplate.ShouldBe(BoilerplateDetector.Find(SeedText.Value));
    }

    [Fact]
    public void PipelineWithBoilerplateDetectionTellsWhichSpansAreBoilerplate()
    {
        var text = SeedText.Value;
        var pipeline = new Entente.Pipeline.PipelineBuilder().UseBoilerplateDetection().Build();

        var document = pipeline.Analyze(new Article(text));

        var linkList = text.IndexOf("Bomb Iran Lyrics", StringComparison.Ordinal);
        var prose = text.IndexOf("This emerging axis", StringComparison.Ordinal);
        document.IsBoilerplate(linkList, linkList + 4).ShouldBeTrue();
        document.IsBoilerplate(prose, prose + 4).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Officials said they would follow up on the request next week.")]
    [InlineData("The ministry published the comments on its website, the agency said.")]
    [InlineData("Iran said it would share its views with the IAEA on Monday.")]
    [InlineData("Lawmakers will read more than 200 pages of the treaty before the vote.")]
    [InlineData("LONDON (Reuters) - Britain imposed new sanctions on Russian oil traders on Tuesday, the foreign office said.")]
    [InlineData("Contents of the letter were not disclosed.")]
    [InlineData("\"Follow us on this path to victory,\" the president told supporters in Caracas.")]
    [InlineData("\"Join us at the negotiating table,\" the envoy urged the rebels on Saturday.")]
    [InlineData("Xi Jinping (习近平) met the Brazilian president in Beijing on Tuesday, state media reported.")]
    public void ProseUsingTheCueWordsNormallyIsKept(string sentence)
    {
        var text = "Ministers met in Geneva\n" + sentence + "\nThe talks ended without a deal, diplomats said on Friday evening.";

        BoilerplateDetector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void ArticleInAnotherScriptIsNotMarkedForItsScript()
    {
        const string text = "Путин встретился с Пезешкианом\nПрезидент России Владимир Путин встретился с президентом Ирана в Ашхабаде.\nСтороны обсудили торговлю.";

        BoilerplateDetector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void ListIntroducedByAColonIsContent()
    {
        const string text = "The agreement covers three areas:\n- Energy Supplies\n- Border Security\n- Grain Exports\nBoth sides said talks would continue in May, officials said.";

        BoilerplateDetector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void ListUnderAHeadingIsContent()
    {
        const string text = "Talks in Doha ended on Friday, officials said.\nKey Demands\n- Release Of Prisoners\n- Ceasefire In Gaza\nBoth sides said talks would continue in May, officials said.";

        BoilerplateDetector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void TitleCasedListBetweenParagraphsIsALinkList()
    {
        const string text = "Talks in Doha ended on Friday, officials said.\n- Release Of Prisoners Explained\n- Gaza Ceasefire Timeline\nBoth sides said talks would continue in May, officials said.";

        Marked(text).ShouldBe(["- Release Of Prisoners Explained\n- Gaza Ceasefire Timeline"]);
    }

    [Fact]
    public void ListOfSentencesIsContent()
    {
        const string text = "Talks ended on Friday.\n- Russia agreed to extend the deal by 60 days.\n- Ukraine agreed to inspections in Istanbul.\nDiplomats welcomed the outcome.";

        BoilerplateDetector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void CreditsBreadcrumbsAndChromeLinesAreBoilerplate()
    {
        const string text = "Home › World › Middle East\n"
            + "Advertisement\n"
            + "Turkey and Syria reopened a border crossing on Monday, officials in Ankara said in a statement.\n"
            + "Photo: A truck waits at the Cilvegozu crossing.\n"
            + "Trucks queue near the border. REUTERS/Umit Bektas\n"
            + "Related Stories\n"
            + "Syria Talks Stall In Astana\n"
            + "Erdogan Visits Damascus\n"
            + "\n"
            + "Turkish officials said the crossing would stay open for aid convoys through the winter months.\n"
            + "Reporting by Jane Doe; Editing by John Roe\n"
            + "Sign up for our daily newsletter to get the latest news.";

        Marked(text).ShouldBe([
            "Home › World › Middle East\nAdvertisement",
            "Photo: A truck waits at the Cilvegozu crossing.\nTrucks queue near the border. REUTERS/Umit Bektas\nRelated Stories\nSyria Talks Stall In Astana\nErdogan Visits Damascus",
            "Reporting by Jane Doe; Editing by John Roe\nSign up for our daily newsletter to get the latest news.",
        ]);
    }

    [Fact]
    public void CallToActionIsMarkedAsASentenceNotAsItsWholeParagraph()
    {
        const string text = "Kenya and Somalia agreed to reopen their border, officials said. Follow us on Telegram for more updates.";

        Marked(text).ShouldBe(["Follow us on Telegram for more updates."]);
    }

    [Fact]
    public void TableOfContentsWithoutBulletsCoversOnlyHeadingsThatComeBack()
    {
        const string text = "In this article\nBackground\nThe Talks\nBackground\nThe two countries have disputed the border since 1991, officials said.\nThe Talks\nDelegations met in Doha on Sunday and agreed to meet again.";

        Marked(text).ShouldBe(["In this article\nBackground\nThe Talks"]);
    }
}
