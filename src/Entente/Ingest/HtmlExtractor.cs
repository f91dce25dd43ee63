using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Ingest;

/// <summary>
/// Finds the article in an HTML page: drops navigation, page chrome, scripts, captions and link lists, picks the
/// element that holds the body, and renders its paragraphs, headings and list items as lines.
/// </summary>
internal static class HtmlExtractor
{
    private static readonly HashSet<string> NoiseTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "iframe", "svg", "math", "button", "input", "select", "textarea", "label", "dialog", "menu", "object", "embed",
        "canvas", "video", "audio", "picture", "img", "map", "link", "meta", "head",
    };

    private static readonly HashSet<string> NoiseRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist", "figure", "img",
    };

    // Whole parts of a class or id ("post-comments" has the part "comments") that mark page furniture.
    private static readonly HashSet<string> NoiseClassParts = new(StringComparer.Ordinal)
    {
        "related", "share", "sharing", "sharebar", "social", "comment", "comments", "disqus", "newsletter", "promo",
        "promotion", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "advert", "advertisement",
        "ad", "ads", "adslot", "advertising", "sponsor", "sponsored", "subscribe", "subscription", "signup", "cookie",
        "cookies", "consent", "popup", "modal", "sidebar", "widget", "recommended", "recommendations", "recirc",
        "trending", "popular", "mostread", "outbrain", "taboola", "footer", "header", "masthead", "toolbar", "tags",
        "caption", "credit", "credits", "byline", "author", "skip", "hidden", "paywall", "banner",
    };

    // Prefixes for run-together names ("relatedStories", "shareButtons"); only unambiguous words.
    private static readonly string[] NoiseClassPrefixes =
    [
        "related", "share", "social", "newsletter", "breadcrumb", "advert", "sponsor", "subscribe", "recommend",
        "outbrain", "taboola", "cookie", "mostread", "most-read", "promo",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "tr", "table", "thead", "tbody", "tfoot", "caption", "address", "hr", "body", "center",
        "details", "summary", "hgroup",
    };

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article.published",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.issued", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime",
    ];

    private static readonly JsonDocumentOptions LenientJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Extracts the article of a whole page.</summary>
    public static HtmlArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = ReadMeta(document);
        var jsonLd = ReadJsonLd(document);
        var container = SemanticContainer(document);

        var siteName = Value(meta, "og:site_name") ?? Value(meta, "application-name");
        var url = AbsoluteUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? AbsoluteUrl(Value(meta, "og:url"));
        var title = ArticleText.CleanLine(Value(meta, "og:title") ?? Value(meta, "twitter:title"))
            ?? StripSiteSuffix(ArticleText.CleanLine(document.Title), siteName)
            ?? jsonLd.Headline
            ?? ArticleText.CleanLine(document.QuerySelector("h1")?.TextContent);
        var date = DateMetaKeys.Select(key => PublicationDate.Parse(Value(meta, key))).FirstOrDefault(d => d is not null)
            ?? PublicationDate.Parse(jsonLd.DatePublished)
            ?? TimeElementDate(container ?? (IElement?)document.Body);

        var body = document.Body;
        if (body is null)
        {
            return new HtmlArticle(string.Empty, title, date, url, ArticleText.CleanLine(siteName));
        }

        RemoveNoise(body, container);
        if (container is null || ParagraphText(container) < 200)
        {
            container = DensestParagraphParent(body) ?? container ?? body;
        }

        RemoveLinkDenseBlocks(container);
        return new HtmlArticle(Render(container), title, date, url, ArticleText.CleanLine(siteName));
    }

    /// <summary>Renders an HTML fragment (a feed item's description, a JSON field) as text, dropping the same noise.</summary>
    public static string FragmentToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            return string.Empty;
        }

        RemoveNoise(body, null);
        RemoveLinkDenseBlocks(body);
        return Render(body);
    }

    private static Dictionary<string, string> ReadMeta(IParentNode document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        return meta;
    }

    private static string? Value(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static (string? DatePublished, string? Headline) ReadJsonLd(IParentNode document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, LenientJson);
                var date = FindString(json.RootElement, "datePublished");
                if (date is not null)
                {
                    return (date, ArticleText.CleanLine(FindString(json.RootElement, "headline")));
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common on the web; the page's other metadata still counts.
            }
        }

        return (null, null);
    }

    private static string? FindString(JsonElement element, string property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.NameEquals(property) && member.Value.ValueKind == JsonValueKind.String)
                    {
                        return member.Value.GetString();
                    }
                }

                foreach (var member in element.EnumerateObject())
                {
                    if (FindString(member.Value, property) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindString(item, property) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static DateOnly? TimeElementDate(IElement? scope)
    {
        if (scope is null)
        {
            return null;
        }

        var marked = scope.QuerySelector("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]");
        var value = marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content")
            ?? scope.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return PublicationDate.Parse(value);
    }

    private static string? StripSiteSuffix(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var suffix = separator + siteName.Trim();
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length].TrimEnd();
            }
        }

        return title;
    }

    private static string? AbsoluteUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    // Publishers mark the body explicitly more often than not; trust that over any heuristic.
    private static IElement? SemanticContainer(IParentNode document)
    {
        var marked = document.QuerySelector("[itemprop=articleBody]");
        if (marked is not null)
        {
            return marked;
        }

        var articles = document.QuerySelectorAll("article");
        if (articles.Length > 0)
        {
            return articles.MaxBy(ParagraphText);
        }

        return document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
    }

    private static void RemoveNoise(IElement root, IElement? keep)
    {
        // Materialise first: removing while walking the live tree would skip siblings.
        var noise = root.QuerySelectorAll("*").Where(element => IsStructuralNoise(element) || HasNoiseName(element.ClassName) || HasNoiseName(element.Id)).ToList();
        var total = ParagraphText(root);
        foreach (var element in noise)
        {
            // Never remove the article itself, even when its class name sounds like furniture.
            if (keep is not null && (element == keep || element.Contains(keep)))
            {
                continue;
            }

            // A class name is a weaker cue than a tag: a wrapper called "page-has-sidebar" that holds nearly all
            // of the page's paragraphs is the page, not furniture.
            if (!IsStructuralNoise(element) && total > 0 && ParagraphText(element) * 5 >= total * 4)
            {
                continue;
            }

            element.Remove();
        }
    }

    private static bool IsStructuralNoise(IElement element)
    {
        if (NoiseTags.Contains(element.LocalName))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && NoiseRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style)
        {
            var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNoiseName(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        foreach (var name in names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = name.ToLowerInvariant();
            if (NoiseClassPrefixes.Any(prefix => lower.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }

            if (lower.Split('-', '_').Any(NoiseClassParts.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    // Without markup naming the body, the body is where the paragraphs are: the parent holding the most paragraph text.
    private static IElement? DensestParagraphParent(IElement body)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Trim().Length;
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
    }

    private static void RemoveLinkDenseBlocks(IElement root)
    {
        var candidates = root.QuerySelectorAll("ul, ol, dl, div, section, table, p")
            .Where(element => element != root && IsLinkDense(element))
            .ToList();
        foreach (var element in candidates)
        {
            element.Remove();
        }
    }

    // A list whose words are mostly link text is a list of other articles, not part of this one.
    private static bool IsLinkDense(IElement element)
    {
        var text = WordLength(element.TextContent);
        if (text == 0)
        {
            return false;
        }

        var links = element.QuerySelectorAll("a");
        var linkText = links.Sum(link => WordLength(link.TextContent));
        return element.LocalName switch
        {
            "ul" or "ol" or "dl" => linkText * 2 > text,
            "p" => links.Length >= 3 && linkText * 10 >= text * 9,
            _ => links.Length >= 3 && linkText * 10 >= text * 7,
        };
    }

    private static int WordLength(string text) => text.Count(char.IsLetterOrDigit);

    private static string Render(IElement root)
    {
        var renderer = new LineRenderer();
        renderer.Walk(root);
        return renderer.ToString();
    }

    /// <summary>Writes block elements as lines, list items with a "- " bullet and table cells separated by " | ".</summary>
    private sealed class LineRenderer
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private string? _pendingBullet;
        private bool _cellOpen;

        public void Walk(INode node)
        {
            if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                EndLine();
                return;
            }

            var block = BlockTags.Contains(name);
            if (block)
            {
                EndLine();
            }

            if (name == "li")
            {
                _pendingBullet = "- ";
            }
            else if (name is "td" or "th")
            {
                if (_cellOpen)
                {
                    AppendText(" | ");
                }

                _cellOpen = true;
            }
            else if (name == "tr")
            {
                _cellOpen = false;
            }

            foreach (var child in element.ChildNodes)
            {
                Walk(child);
            }

            if (name == "li")
            {
                _pendingBullet = null;
            }

            if (block)
            {
                EndLine();
            }
        }

        public override string ToString()
        {
            EndLine();
            return _text.ToString();
        }

        private void AppendText(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }

                    continue;
                }

                if (_line.Length == 0 && _pendingBullet is not null)
                {
                    _line.Append(_pendingBullet);
                    _pendingBullet = null;
                }

                _line.Append(c);
            }
        }

        private void EndLine()
        {
            var line = _line.ToString().Trim();
            _line.Clear();
            if (line.Length > 0)
            {
                _text.Append(line).Append('\n');
            }
        }
    }
}
