using Entente.Documents;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class ArticleReaderTests
{
    private static readonly IngestOptions Defaults = new();

    private static string Fixture(params string[] parts) => RepoPaths.InRepo(["tests", "Entente.Tests", "TestData", "ingest", .. parts]);

    private static List<IngestResult> Read(params string[] inputs) => ArticleReader.Read(inputs, Defaults).ToList();

    private static List<Article> Articles(IEnumerable<IngestResult> results) => results.Where(r => r.IsArticle).Select(r => r.Article!).ToList();

    [Fact]
    public void VoaJsonLinesGiveAllEightyNineStoriesWithDatesUrlsAndSource()
    {
        var path = RepoPaths.InShared("data", "corpus", "voa", "voa_stories.jsonl");

        var results = Read(path);

        results.ShouldAllBe(r => r.IsArticle);
        var articles = Articles(results);
        articles.Count.ShouldBe(89);
        articles.ShouldAllBe(a => a.PublishedOn != null && a.Title != null && a.Text.Length > 200);
        articles[0].Title.ShouldBe("Iraq says key Islamic State leader is dead");
        articles[0].PublishedOn.ShouldBe(new DateOnly(2025, 3, 14));
        articles[0].Url.ShouldBe("https://www.voanews.com/a/iraq-says-key-islamic-state-leader-is-dead/8011115.html");
        articles[0].Source.ShouldBe("voanews.com");
        articles[0].Origin.ShouldBe(path + ":1");
        articles[88].Origin.ShouldBe(path + ":89");
        articles.Select(a => a.Id).Distinct().Count().ShouldBe(89);
    }

    [Fact]
    public void BrokenJsonLinesLineIsReportedWithItsNumberWhileTheOtherLinesStillGiveArticles()
    {
        var path = Fixture("mixed.jsonl");

        var results = Read(path);

        var articles = Articles(results);
        articles.Select(a => a.Text).ShouldBe([
            "Chad ordered French troops to leave by January.",
            "Senegal and Mauritania signed a gas deal on Tuesday.",
            "Mali left ECOWAS.",
        ]);
        articles.Select(a => a.Origin).ShouldBe([path + ":1", path + ":5", path + ":6"]);
        articles[0].PublishedOn.ShouldBe(new DateOnly(2024, 12, 1));
        articles[1].PublishedOn.ShouldBe(new DateOnly(2024, 12, 3));
        articles[2].Source.ShouldBe("Sahel Desk");

        var problems = results.Where(r => !r.IsArticle).Select(r => r.Problem!).ToList();
        problems.Select(p => p.Line).ShouldBe([3, 4]);
        problems.ShouldAllBe(p => p.Origin == path);
        problems[0].Message.ShouldContain("not valid JSON");
        problems[1].Message.ShouldContain("\"text\" or \"html\"");
        problems[0].ToString().ShouldStartWith(path + ":3: ");
    }

    [Fact]
    public void HtmlPageKeepsOnlyTheArticleBodyAndReadsItsMetadata()
    {
        var article = Articles(Read(Fixture("page.html"))).ShouldHaveSingleItem();

        article.Text.ShouldBe(string.Join('\n',
            "Ministers agree on grain corridor",
            "Turkish and Ukrainian foreign ministers agreed on Friday to reopen a grain corridor across the Black Sea, officials in Ankara said.",
            "The agreement follows weeks of talks mediated by the United Nations, and it covers wheat, maize and sunflower oil.",
            "What the deal covers",
            "- Safe passage for ships inspected in Istanbul",
            "- A joint monitoring centre",
            "Russia's foreign ministry said it would study the proposal before responding."));
        article.Title.ShouldBe("Ministers agree on grain corridor");
        article.PublishedOn.ShouldBe(new DateOnly(2024, 10, 11));
        article.Url.ShouldBe("https://www.harbourherald.example/world/grain-corridor");
        article.Source.ShouldBe("Harbour Herald");
    }

    [Fact]
    public void HtmlWithoutSemanticMarkupUsesTheElementWithTheMostParagraphText()
    {
        const string html = "<html><head><title>Talks resume - Daily Post</title><meta name=\"pubdate\" content=\"20240105\"></head><body>"
            + "<div id=\"top\"><p>Subscribe</p><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></div>"
            + "<div class=\"story\"><p>Serbia and Kosovo resumed talks in Brussels on Thursday.</p><p>The European Union mediated the meeting.</p></div>"
            + "<div><p>Weather: sunny.</p></div></body></html>";

        var article = Articles(ArticleReader.ReadText(html, "page.htm", Defaults)).ShouldHaveSingleItem();

        article.Text.ShouldBe("Serbia and Kosovo resumed talks in Brussels on Thursday.\nThe European Union mediated the meeting.");
        article.Title.ShouldBe("Talks resume - Daily Post");
        article.PublishedOn.ShouldBe(new DateOnly(2024, 1, 5));
    }

    [Fact]
    public void WrapperWhoseClassSoundsLikeFurnitureIsKeptWhenItHoldsTheStory()
    {
        const string html = "<html><body><div class=\"layout has-sidebar\"><div class=\"story\">"
            + "<p>Ethiopia and Somalia restored diplomatic ties after talks in Ankara on Wednesday.</p>"
            + "<p>Turkey mediated the agreement over access to the sea.</p></div>"
            + "<div class=\"sidebar\"><p>Weather today.</p></div></div></body></html>";

        var article = Articles(ArticleReader.ReadText(html, "wrapped.html", Defaults)).ShouldHaveSingleItem();

        article.Text.ShouldBe("Ethiopia and Somalia restored diplomatic ties after talks in Ankara on Wednesday.\nTurkey mediated the agreement over access to the sea.");
    }

    [Fact]
    public void HtmlDateFallsBackToJsonLdAndThenToTimeElements()
    {
        const string jsonLd = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-02T08:00:00Z\"}]}</script></head>"
            + "<body><article><p>India and Pakistan exchanged prisoner lists.</p></article></body></html>";
        const string time = "<html><body><article><time datetime=\"2022-02-24\">24 February</time><p>Russia invaded Ukraine.</p></article></body></html>";

        Articles(ArticleReader.ReadText(jsonLd, "a.html", Defaults)).ShouldHaveSingleItem().PublishedOn.ShouldBe(new DateOnly(2023, 5, 2));
        Articles(ArticleReader.ReadText(time, "b.html", Defaults)).ShouldHaveSingleItem().PublishedOn.ShouldBe(new DateOnly(2022, 2, 24));
    }

    [Fact]
    public void RssFeedGivesOneArticlePerItemWithDatesLinksAndTextFromHtml()
    {
        var articles = Articles(Read(Fixture("feed.rss")));

        articles.Select(a => a.Title).ShouldBe(["Kenya sends police to Haiti", "Japan and Philippines sign defence pact", "Brazil hosts G20 ministers"]);
        articles.Select(a => a.PublishedOn).ShouldBe([new DateOnly(2024, 6, 25), new DateOnly(2024, 7, 8), new DateOnly(2024, 7, 26)]);
        articles[0].Text.ShouldBe("Kenya sent hundreds of police officers to Haiti on Tuesday.\nThe mission is backed by the United Nations.");
        articles[1].Text.ShouldBe("Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.\nChina's foreign ministry criticised the pact.");
        articles[1].Url.ShouldBe("https://www.harbourherald.example/world/japan-philippines");
        articles[2].Url.ShouldBe("https://www.harbourherald.example/world/brazil-g20");
        articles.ShouldAllBe(a => a.Source == "Harbour Herald - World");
    }

    [Fact]
    public void AtomFeedGivesOneArticlePerEntryPreferringPublishedOverUpdated()
    {
        var articles = Articles(Read(Fixture("feed.atom")));

        articles.Count.ShouldBe(2);
        articles[0].Title.ShouldBe("Egypt & Qatar propose Gaza truce");
        articles[0].Text.ShouldBe("Egypt and Qatar proposed a two-day truce in Gaza on Sunday.");
        articles[0].PublishedOn.ShouldBe(new DateOnly(2024, 10, 27));
        articles[0].Url.ShouldBe("https://www.harbourherald.example/world/gaza-truce");
        articles[1].Text.ShouldBe("Norway formally recognised a Palestinian state on Tuesday.\nIsrael recalled its ambassador from Oslo.");
        articles[1].PublishedOn.ShouldBe(new DateOnly(2024, 5, 28));
        articles[1].Origin.ShouldStartWith(Fixture("feed.atom") + ":");
    }

    [Fact]
    public void MarkdownBecomesPlainTextWithoutMarkupImagesCommentsOrCode()
    {
        var article = Articles(Read(Fixture("article.md"))).ShouldHaveSingleItem();

        article.Text.ShouldBe(string.Join('\n',
            "Leaders meet in Astana",
            "Kazakhstan hosted the leaders of Central Asia on Friday, according to the presidential office.",
            "Trade first",
            "- Uzbekistan proposed a customs union",
            "- Kyrgyzstan asked for water talks",
            "Turkmenistan sent its foreign minister instead of its president."));
        article.Title.ShouldBe("Leaders meet in Astana");
    }

    [Fact]
    public void PlainTextKeepsItsHeadlineInTheTextAndCleansWhitespace()
    {
        var stdin = new StringReader("Border talks resume\r\nArmenia\u00A0and Azerbaijan met on Monday.   \r\n\r\n\r\n\r\nThey agreed to meet again.\r\n");

        var article = Articles(ArticleReader.Read(["-"], new IngestOptions { Stdin = stdin, Date = new DateOnly(2024, 4, 1) })).ShouldHaveSingleItem();

        article.Text.ShouldBe("Border talks resume\nArmenia and Azerbaijan met on Monday.\n\nThey agreed to meet again.");
        article.Title.ShouldBe("Border talks resume");
        article.PublishedOn.ShouldBe(new DateOnly(2024, 4, 1));
        article.Origin.ShouldBe("stdin");
    }

    [Fact]
    public void SentenceFirstLineIsNotTakenForAHeadline()
    {
        var article = Articles(ArticleReader.ReadText("Armenia and Azerbaijan met on Monday.\nThey agreed to meet again.", "note.txt", Defaults)).ShouldHaveSingleItem();

        article.Title.ShouldBeNull();
    }

    [Fact]
    public void StdinIsSniffedForJsonLinesAndFeeds()
    {
        var jsonl = "{\"text\": \"Peru declared a state of emergency.\", \"date\": \"Fri, 14 Mar 2025 20:30:26 +0000\"}\n";
        var feed = File.ReadAllText(Fixture("feed.atom"));

        var fromJson = Articles(ArticleReader.Read(["-"], new IngestOptions { Stdin = new StringReader(jsonl) })).ShouldHaveSingleItem();
        var fromFeed = Articles(ArticleReader.Read(["-"], new IngestOptions { Stdin = new StringReader(feed) }));

        fromJson.Origin.ShouldBe("stdin:1");
        fromJson.PublishedOn.ShouldBe(new DateOnly(2025, 3, 14));
        fromFeed.Count.ShouldBe(2);
    }

    [Fact]
    public void StdinJsonLinesKeepLineNumbersAcrossLeadingBlankLines()
    {
        var jsonl = "\n\n{\"text\": \"Ghana and Togo agreed to share intelligence.\"}\n{broken\n{\"text\": \"Benin joined them.\"}\n";

        var results = ArticleReader.Read(["-"], new IngestOptions { Stdin = new StringReader(jsonl) }).ToList();

        results.Select(r => r.IsArticle ? r.Article!.Origin : r.Problem!.ToString().Split(':')[0] + ":" + r.Problem.Line).ShouldBe(["stdin:3", "stdin:4", "stdin:5"]);
        results[1].IsArticle.ShouldBeFalse();
    }

    [Fact]
    public void MarkdownLineBreakTagSeparatesLines()
    {
        var article = Articles(ArticleReader.ReadText("Oman hosted talks.<br>Iran and the US attended.", "note.md", Defaults)).ShouldHaveSingleItem();

        article.Text.ShouldBe("Oman hosted talks.\nIran and the US attended.");
    }

    [Fact]
    public void MetadataDateWinsOverTheFallbackDate()
    {
        var options = new IngestOptions { Date = new DateOnly(2000, 1, 1) };

        var articles = Articles(ArticleReader.Read([Fixture("feed.rss"), Fixture("tree", "a.txt")], options));

        articles[0].PublishedOn.ShouldBe(new DateOnly(2024, 6, 25));
        articles[^1].PublishedOn.ShouldBe(new DateOnly(2000, 1, 1));
    }

    [Fact]
    public void DirectoriesAreReadRecursivelyInPathOrder()
    {
        var articles = Articles(Read(Fixture("tree")));

        articles.Select(a => Path.GetFileName(a.Origin)).ShouldBe(["a.txt", "b.md", "c.txt"]);
        articles[1].Text.ShouldBe("Second note\nGeorgia recalled its ambassador from Kyiv.");
    }

    [Fact]
    public void GlobPatternsMatchFilesAcrossFolders()
    {
        var deep = Read(Fixture("tree") + "/**/*.txt");
        var shallow = Read(Fixture("tree") + "/*.txt");

        Articles(deep).Select(a => Path.GetFileName(a.Origin)).ShouldBe(["a.txt", "c.txt"]);
        Articles(shallow).Select(a => Path.GetFileName(a.Origin)).ShouldBe(["a.txt"]);
    }

    [Fact]
    public void GlobQuestionMarkMatchesExactlyOneCharacter()
    {
        var one = Read(Fixture("tree") + "/**/?.md");
        var two = Read(Fixture("tree") + "/**/??.md");

        Articles(one).Select(a => Path.GetFileName(a.Origin)).ShouldBe(["b.md"]);
        two.ShouldHaveSingleItem().Problem.ShouldNotBeNull().Message.ShouldContain("matches no files");
    }

    [Fact]
    public void TheSameFileNamedTwiceIsReadOnce()
    {
        var results = Read(Fixture("tree"), Fixture("tree", "a.txt"));

        results.Count.ShouldBe(3);
    }

    [Fact]
    public void BadInputsBecomeProblemsNamingTheFileWhileGoodOnesAreStillRead()
    {
        using var folder = new TempFolder();
        var binary = folder.File("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x9C]);
        var empty = folder.File("empty.txt", string.Empty);
        var blank = folder.File("blank.md", "  \n\n ");
        var missing = Path.Combine(folder.Path, "missing.txt");
        var unknown = Fixture("table.csv");
        var malformed = folder.File("bad.rss", "<rss><channel><item><title>Unclosed</channel></rss>");
        var notFeed = folder.File("data.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");
        var noGlobMatch = Path.Combine(folder.Path, "*.html");
        var good = Fixture("tree", "a.txt");

        var results = Read(binary, empty, blank, missing, unknown, malformed, notFeed, noGlobMatch, good);

        var problems = results.Where(r => !r.IsArticle).Select(r => r.Problem!).ToList();
        problems.Select(p => p.Origin).ShouldBe([binary, empty, blank, missing, unknown, malformed, notFeed, noGlobMatch]);
        problems[0].Message.ShouldContain("binary");
        problems[1].Message.ShouldContain("empty");
        problems[2].Message.ShouldContain("empty");
        problems[3].Message.ShouldContain("does not exist");
        problems[4].Message.ShouldContain("unknown format");
        problems[5].Message.ShouldContain("not well-formed XML");
        problems[5].Line.ShouldBe(1);
        problems[6].Message.ShouldContain("not an RSS or Atom feed");
        problems[7].Message.ShouldContain("matches no files");
        Articles(results).ShouldHaveSingleItem().Origin.ShouldBe(good);
    }

    [Fact]
    public void BinaryJsonLinesFileIsAProblemRatherThanThousandsOfBadLines()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = folder.File("dump.jsonl", bytes);

        var problem = Read(path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        problem.Message.ShouldContain("binary");
    }

    [Fact]
    public void HtmlWithNoTextAfterExtractionIsAProblem()
    {
        var result = ArticleReader.ReadText("<html><body><nav><a href=\"/\">Home</a></nav><script>var x;</script></body></html>", "shell.html", Defaults).ShouldHaveSingleItem();

        result.Problem.ShouldNotBeNull().Message.ShouldContain("no article text");
    }

    [Fact]
    public void Latin1TextIsDecodedInsteadOfRejected()
    {
        using var folder = new TempFolder();
        var path = folder.File("legacy.txt", System.Text.Encoding.Latin1.GetBytes("Le président français a rencontré le Premier ministre à Paris.\n"));

        var article = Articles(Read(path)).ShouldHaveSingleItem();

        article.Text.ShouldBe("Le président français a rencontré le Premier ministre à Paris.");
    }

    [Fact]
    public void FormatOverrideReadsAnyExtension()
    {
        var results = ArticleReader.Read([Fixture("table.csv")], new IngestOptions { Format = IngestFormat.Text }).ToList();

        Articles(results).ShouldHaveSingleItem().Text.ShouldBe("name,value\nfoo,1");
    }

    [Fact]
    public void ReadingIsLazy()
    {
        static IEnumerable<string> Inputs()
        {
            yield return RepoPaths.InRepo("tests", "Entente.Tests", "TestData", "ingest", "tree", "a.txt");
            throw new InvalidOperationException("the second input was asked for");
        }

        var first = ArticleReader.Read(Inputs(), Defaults).First();

        first.IsArticle.ShouldBeTrue();
    }
}
