using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Entente.Ingest;

/// <summary>
/// Turns Markdown into the plain text of what a reader sees: headings without <c>#</c>, emphasis and link
/// syntax gone (link text kept), images, HTML comments and code blocks dropped, one paragraph per line.
/// </summary>
internal static class MarkdownConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>The text of <paramref name="markdown"/> and its headline (front matter title or leading heading).</summary>
    public static (string Text, string? Title) Convert(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var writer = new StringBuilder();
        string? title = null;
        var firstContent = true;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock frontMatter)
            {
                title ??= FrontMatterTitle(frontMatter.Lines.ToString());
                continue;
            }

            if (firstContent && block is HeadingBlock heading && heading.Inline is not null)
            {
                title ??= ArticleText.CleanLine(Inlines(heading.Inline));
            }

            var before = writer.Length;
            WriteBlock(block, writer, bullet: null);
            firstContent &= writer.Length == before;
        }

        return (writer.ToString(), title);
    }

    private static void WriteBlock(Block block, StringBuilder writer, string? bullet)
    {
        switch (block)
        {
            case HeadingBlock heading when heading.Inline is not null:
                WriteLine(writer, bullet, Inlines(heading.Inline));
                break;
            case ParagraphBlock paragraph when paragraph.Inline is not null:
                WriteLine(writer, bullet, Inlines(paragraph.Inline));
                break;
            case CodeBlock:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
                // Code, rules and link definitions are not prose a reader reads as the article.
                break;
            case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                WriteLine(writer, bullet, HtmlExtractor.FragmentToText(html.Lines.ToString()));
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(cell => string.Join(' ', cell.OfType<ParagraphBlock>()
                        .Where(p => p.Inline is not null).Select(p => Inlines(p.Inline!).Trim())));
                    WriteLine(writer, null, string.Join(" | ", cells));
                }

                break;
            case ListBlock list:
                var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemBullet = list.IsOrdered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ";
                    foreach (var child in item)
                    {
                        // Only the item's first line carries its bullet; continuation paragraphs are plain lines.
                        var before = writer.Length;
                        WriteBlock(child, writer, itemBullet);
                        if (writer.Length != before)
                        {
                            itemBullet = null;
                        }
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, writer, bullet);
                    bullet = null;
                }

                break;
        }
    }

    private static void WriteLine(StringBuilder writer, string? bullet, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            writer.Append(bullet).Append(trimmed).Append('\n');
            bullet = null;
        }
    }

    private static string Inlines(ContainerInline container)
    {
        var builder = new StringBuilder();
        AppendInlines(container, builder);
        return builder.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    // An image's alt text is a caption, not part of the story.
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, builder);
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    builder.Append('\n');
                    break;
                case LineBreakInline lineBreak:
                    // A soft break is only the source's line wrapping; the paragraph stays one line.
                    builder.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
            }
        }
    }

    private static string? FrontMatterTitle(string yaml)
    {
        foreach (var line in yaml.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                return ArticleText.CleanLine(trimmed["title:".Length..].Trim().Trim('"', '\''));
            }
        }

        return null;
    }
}
