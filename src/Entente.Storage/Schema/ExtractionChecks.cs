using System.Globalization;
using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Storage.Schema;

/// <summary>
/// Checks an extraction before it is stored, so that a pipeline fault is reported with the article and the
/// record at fault instead of a bare constraint violation, and so that every store refuses the same input.
/// </summary>
internal static class ExtractionChecks
{
    /// <summary>Throws <see cref="EventStoreException"/> naming the first inconsistency of <paramref name="extraction"/>.</summary>
    public static void Validate(Extraction extraction)
    {
        var article = extraction.Article;
        var length = article.Text.Length;
        var sentences = new HashSet<int>();
        foreach (var sentence in extraction.Document.Sentences)
        {
            if (!sentences.Add(sentence.Index))
            {
                throw Fault(article, $"sentence index {sentence.Index} appears twice");
            }

            CheckSpan(article, $"sentence {sentence.Index}", sentence.Start, sentence.End, length);
        }

        foreach (var mention in extraction.Mentions)
        {
            var what = $"mention \"{mention.Text}\" at {mention.Start}";
            CheckSpan(article, what, mention.Start, mention.End, length);
            CheckSentence(article, what, mention.Sentence, sentences);
        }

        foreach (var coded in extraction.Events)
        {
            var what = $"event {coded.Id}";
            CheckSentence(article, what, coded.Sentence, sentences);
            CheckSpan(article, what + " trigger", coded.Trigger.Start, coded.Trigger.End, length);
            CheckSpan(article, what + " source", coded.Source.Start, coded.Source.End, length);
            if (coded.Target is { } target)
            {
                CheckSpan(article, what + " target", target.Start, target.End, length);
            }

            if (coded.QuadClass is < 1 or > 4)
            {
                throw Fault(article, $"{what} has quad class {coded.QuadClass}; it must be 1 to 4");
            }

            if (!double.IsFinite(coded.Goldstein) || coded.Goldstein is < -10 or > 10)
            {
                throw Fault(article, $"{what} has Goldstein score {coded.Goldstein}; it must be −10 to +10");
            }

            if (!double.IsFinite(coded.Confidence) || coded.Confidence is < 0 or > 1)
            {
                throw Fault(article, $"{what} has confidence {coded.Confidence}; it must be 0 to 1");
            }

            if (coded.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw Fault(article, $"{what} has date \"{date}\"; it must be yyyy-MM-dd");
            }
        }

        foreach (var quote in extraction.Quotes)
        {
            var what = $"quote at {quote.Start}";
            CheckSpan(article, what, quote.Start, quote.End, length);
            CheckSentence(article, what, quote.Sentence, sentences);
        }
    }

    /// <summary>How an article is named in error messages: its id and where it was read from.</summary>
    public static string Describe(Article article)
        => article.Origin is null ? $"Article {article.Id}" : $"Article {article.Id} ({article.Origin})";

    private static void CheckSpan(Article article, string what, int start, int end, int length)
    {
        if (start < 0 || end < start || end > length)
        {
            throw Fault(article, $"{what} spans {start}..{end}, outside the article text of {length} characters");
        }
    }

    private static void CheckSentence(Article article, string what, int sentence, HashSet<int> sentences)
    {
        if (!sentences.Contains(sentence))
        {
            throw Fault(article, $"{what} refers to sentence {sentence}, which the document does not have");
        }
    }

    private static EventStoreException Fault(Article article, string problem)
        => new($"{Describe(article)} cannot be stored: {problem}.");
}
