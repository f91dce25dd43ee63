using System.Xml;
using System.Xml.Linq;

namespace Entente.Ingest;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry.</summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The items of the feed in <paramref name="xml"/>, each an article or a problem naming its line.</summary>
    public static IEnumerable<IngestResult> Read(string xml, string path, IngestOptions options)
    {
        XDocument document;
        try
        {
            // DTDs are ignored and never resolved: a feed has no business loading other files or expanding entities.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            return [IngestResult.Failure(path, exception.LineNumber > 0 ? exception.LineNumber : null, "is not well-formed XML: " + exception.Message)];
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => ReadItems(root, path, options),
            "feed" => ReadEntries(root, path, options),
            _ => [IngestResult.Failure(path, null, $"is XML but not an RSS or Atom feed (its root element is <{root.Name.LocalName}>)")],
        };
    }

    private static IEnumerable<IngestResult> ReadItems(XElement root, string path, IngestOptions options)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var feedTitle = Plain(Child(channel, "title")?.Value);
        var items = root.Descendants().Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0)
        {
            return [IngestResult.Failure(path, null, "is an RSS feed without items")];
        }

        return items.Select(item =>
        {
            var html = item.Element(Content + "encoded")?.Value ?? Child(item, "description")?.Value ?? Child(item, "summary")?.Value;
            var date = PublicationDate.Parse(Child(item, "pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value
                ?? Child(item, "published")?.Value ?? Child(item, "updated")?.Value);
            var link = Child(item, "link")?.Value is { Length: > 0 } text ? text : PermalinkGuid(item) ?? AtomLink(item);
            return Create(html, Plain(Child(item, "title")?.Value), date, link, feedTitle, path, item, options);
        });
    }

    private static IEnumerable<IngestResult> ReadEntries(XElement root, string path, IngestOptions options)
    {
        var feedTitle = TextConstruct(root.Element(Atom + "title"));
        var entries = root.Elements(Atom + "entry").ToList();
        if (entries.Count == 0)
        {
            return [IngestResult.Failure(path, null, "is an Atom feed without entries")];
        }

        return entries.Select(entry =>
        {
            var body = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
            var date = PublicationDate.Parse(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value);
            return Create(Markup(body), TextConstruct(entry.Element(Atom + "title")), date, AtomLink(entry), feedTitle, path, entry, options);
        });
    }

    private static IngestResult Create(string? html, string? title, DateOnly? date, string? link, string? feedTitle, string path, XElement item, IngestOptions options)
    {
        var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
        if (string.IsNullOrWhiteSpace(html))
        {
            return IngestResult.Failure(path, line, $"{item.Name.LocalName} has no content, description or summary");
        }

        return ArticleFactory.Create(HtmlOrText(html), title, date, link?.Trim(), feedTitle, path, line, options);
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? PermalinkGuid(XElement item)
    {
        var guid = Child(item, "guid");
        return guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            && Uri.IsWellFormedUriString(guid.Value.Trim(), UriKind.Absolute)
            ? guid.Value.Trim()
            : null;
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null).ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)alternate?.Attribute("href");
    }

    // Atom text constructs say whether they hold text, escaped HTML or inline XHTML.
    private static string? TextConstruct(XElement? element) => element is null ? null : Plain(Markup(element));

    private static string? Markup(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        return (string?)element.Attribute("type") == "xhtml"
            ? string.Concat(element.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting)))
            : element.Value;
    }

    private static string? Plain(string? markup) => markup is null ? null : ArticleText.CleanLine(HtmlOrText(markup));

    // Feed fields are HTML more often than not, but plain text must not go through an HTML parser's rules for "<".
    private static string HtmlOrText(string value) =>
        value.Contains('<', StringComparison.Ordinal) || value.Contains('&', StringComparison.Ordinal) ? HtmlExtractor.FragmentToText(value) : value;
}
