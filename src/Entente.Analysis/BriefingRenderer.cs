using System.Globalization;
using System.Net;
using System.Text;

namespace Entente.Analysis;

/// <summary>
/// Renders briefings. Every text that comes from the store (titles, sentences, names, URLs) is escaped for the
/// output format, since articles are untrusted input: a headline holding &lt;script&gt; must show as text.
/// </summary>
internal static class BriefingRenderer
{
    public static string Markdown(Briefing briefing)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(EscapeMarkdown(briefing.Title)).Append('\n').Append('\n');
        if (Period(briefing) is { } period)
        {
            text.Append('_').Append(period).Append("_\n\n");
        }

        foreach (var line in briefing.Summary)
        {
            text.Append("- ").Append(EscapeMarkdown(line)).Append('\n');
        }

        foreach (var section in briefing.Sections)
        {
            text.Append("\n## ").Append(section.Title).Append("\n\n");
            if (section.Lines.Count == 0)
            {
                text.Append("No events.\n");
                continue;
            }

            foreach (var line in section.Lines)
            {
                text.Append("- **").Append(line.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated").Append("** ")
                    .Append(EscapeMarkdown(line.Text))
                    .Append(CultureInfo.InvariantCulture, $" ({Reports(line)})\n");
                foreach (var evidence in line.Evidence)
                {
                    text.Append("  > ").Append(EscapeMarkdown(evidence.Sentence)).Append('\n');
                    text.Append("  > — ");
                    var title = EscapeMarkdown(evidence.ArticleTitle ?? "article " + evidence.ArticleId);
                    text.Append(SafeUrl(evidence.ArticleUrl) is { } url ? $"[{title}](<{url}>)" : title);
                    text.Append(CultureInfo.InvariantCulture, $", article `{evidence.ArticleId}`, sentence {evidence.SentenceIndex + 1}, event `{evidence.EventId}`\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Html(Briefing briefing)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"entente-briefing\" data-subject=\"").Append(Attribute(briefing.Subject)).Append("\">\n");
        html.Append("<h1>").Append(Encode(briefing.Title)).Append("</h1>\n");
        if (Period(briefing) is { } period)
        {
            html.Append("<p class=\"period\">").Append(Encode(period)).Append("</p>\n");
        }

        html.Append("<ul class=\"summary\">\n");
        foreach (var line in briefing.Summary)
        {
            html.Append("<li>").Append(Encode(line)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        foreach (var section in briefing.Sections)
        {
            html.Append("<section data-topic=\"").Append(section.Topic.ToString().ToLowerInvariant()).Append("\">\n<h2>")
                .Append(Encode(section.Title)).Append("</h2>\n");
            if (section.Lines.Count == 0)
            {
                html.Append("<p class=\"empty\">No events.</p>\n</section>\n");
                continue;
            }

            html.Append("<ul>\n");
            foreach (var line in section.Lines)
            {
                var cluster = line.Evidence.Count > 0 ? line.Evidence[0].ClusterId.ToString(CultureInfo.InvariantCulture) : "";
                html.Append("<li data-cluster-id=\"").Append(cluster).Append("\">");
                html.Append(line.Date is { } date
                    ? $"<time datetime=\"{date:yyyy-MM-dd}\">{date:yyyy-MM-dd}</time> "
                    : "<time>undated</time> ");
                html.Append(Encode(line.Text)).Append(" <span class=\"reports\">(").Append(Encode(Reports(line))).Append(")</span>\n");
                foreach (var evidence in line.Evidence)
                {
                    html.Append("<blockquote data-event-id=\"").Append(Attribute(evidence.EventId)).Append("\" data-article-id=\"")
                        .Append(Attribute(evidence.ArticleId)).Append("\" data-sentence=\"")
                        .Append(evidence.SentenceIndex.ToString(CultureInfo.InvariantCulture)).Append("\">")
                        .Append(Encode(evidence.Sentence)).Append("<footer>— <cite>");
                    var title = Encode(evidence.ArticleTitle ?? "article " + evidence.ArticleId);
                    html.Append(SafeUrl(evidence.ArticleUrl) is { } url
                        ? $"<a href=\"{Attribute(url)}\" rel=\"noopener noreferrer\">{title}</a>"
                        : title);
                    html.Append("</cite></footer></blockquote>\n");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</article>\n");
        return html.ToString();
    }

    private static string? Period(Briefing briefing) => (briefing.Since, briefing.Until) switch
    {
        (null, null) => null,
        ({ } since, null) => $"From {since:yyyy-MM-dd}",
        (null, { } until) => $"Up to {until:yyyy-MM-dd}",
        ({ } since, { } until) => $"{since:yyyy-MM-dd} to {until:yyyy-MM-dd}",
    };

    private static string Reports(BriefingLine line)
        => $"{Plural(line.NumArticles, "article")}, {Plural(line.NumSources, "source")}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Only web links are linked; anything else (javascript:, data:, relative paths) is left out.</summary>
    private static string? SafeUrl(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Attribute(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Escapes Markdown syntax and HTML (which Markdown passes through) so a stored text renders as itself:
    /// no emphasis, links, headings or raw tags from an article.
    /// </summary>
    private static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
