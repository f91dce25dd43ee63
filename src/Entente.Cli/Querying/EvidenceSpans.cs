using System.Text;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Querying;

/// <summary>The parts of an evidence sentence an event was read from: source, trigger and target, in sentence offsets.</summary>
internal static class EvidenceSpans
{
    /// <summary>What a highlighted stretch of the evidence sentence is.</summary>
    public enum Role
    {
        Source,
        Trigger,
        Target,
    }

    /// <summary>A highlighted stretch, in offsets relative to the sentence.</summary>
    public sealed record Span(Role Role, int Start, int End);

    /// <summary>
    /// The source, trigger and target spans that fall inside the sentence, in text order. Overlapping spans keep the
    /// first one, so the markers always nest properly.
    /// </summary>
    public static IReadOnlyList<Span> Of(StoredEvent stored)
    {
        var length = stored.SentenceText.Length;
        var candidates = new List<Span>();
        void Add(Role role, int start, int end)
        {
            var relativeStart = start - stored.SentenceStart;
            var relativeEnd = end - stored.SentenceStart;
            if (relativeStart >= 0 && relativeEnd <= length && relativeStart < relativeEnd)
            {
                candidates.Add(new Span(role, relativeStart, relativeEnd));
            }
        }

        var e = stored.Event;
        Add(Role.Source, e.Source.Start, e.Source.End);
        Add(Role.Trigger, e.Trigger.Start, e.Trigger.End);
        if (e.Target is { } target)
        {
            Add(Role.Target, target.Start, target.End);
        }

        var spans = new List<Span>();
        foreach (var span in candidates.OrderBy(span => span.Start))
        {
            if (spans.Count == 0 || span.Start >= spans[^1].End)
            {
                spans.Add(span);
            }
        }

        return spans;
    }

    /// <summary>The sentence with each span in [[double brackets]], for plain-text and machine formats.</summary>
    public static string Bracketed(StoredEvent stored) =>
        Render(stored, text => text, (span, text) => "[[" + text + "]]");

    /// <summary>The sentence as Spectre markup: source in blue, trigger in bold yellow, target in red.</summary>
    public static string Markup(StoredEvent stored) =>
        Render(stored, Spectre.Console.Markup.Escape, (span, text) => span.Role switch
        {
            Role.Source => $"[bold deepskyblue1]{Spectre.Console.Markup.Escape(text)}[/]",
            Role.Trigger => $"[bold yellow underline]{Spectre.Console.Markup.Escape(text)}[/]",
            _ => $"[bold orangered1]{Spectre.Console.Markup.Escape(text)}[/]",
        });

    private static string Render(StoredEvent stored, Func<string, string> plain, Func<Span, string, string> highlighted)
    {
        var sentence = stored.SentenceText;
        var builder = new StringBuilder();
        var position = 0;
        foreach (var span in Of(stored))
        {
            builder.Append(plain(sentence[position..span.Start]));
            builder.Append(highlighted(span, sentence[span.Start..span.End]));
            position = span.End;
        }

        builder.Append(plain(sentence[position..]));
        return builder.ToString();
    }
}
