using Entente.Pipeline;

namespace Entente.Time;

/// <summary>
/// Extraction stage that adds every date expression of the article's sentences to <see cref="Extraction.Dates"/>,
/// resolved against the article's publication date with <see cref="DateResolver"/>. Sentences inside
/// boilerplate (link lists, credits) are skipped. Stateless and thread-safe.
/// </summary>
public sealed class DateStage : IExtractionStage
{
    /// <inheritdoc />
    public void Process(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var document = extraction.Document;
        var published = document.Article.PublishedOn;
        foreach (var sentence in document.Sentences)
        {
            if (IsBoilerplate(document.Boilerplate, sentence.Start, sentence.End))
            {
                continue;
            }

            extraction.Dates.AddRange(DateResolver.Find(document.Text, sentence.Start, sentence.End, published));
        }
    }

    private static bool IsBoilerplate(List<(int Start, int End)> boilerplate, int start, int end)
    {
        foreach (var (boilerplateStart, boilerplateEnd) in boilerplate)
        {
            if (start >= boilerplateStart && end <= boilerplateEnd)
            {
                return true;
            }
        }

        return false;
    }
}
