using Entente.Pipeline;
using Entente.Time;

namespace Entente.Events.Coding;

/// <summary>
/// The date a story is about. News reports events of the day or two before publication; when the text
/// names such a day ("at the forum on October 11, 2024"), undated past events of the story took place then,
/// not on the publication date.
/// </summary>
internal static class StoryDate
{
    private const int LookbackDays = 7;

    public static (DateOnly? Date, string? Text) Of(Extraction extraction)
    {
        var published = extraction.Article.PublishedOn;
        if (published is null)
        {
            return (null, null);
        }

        foreach (var expression in extraction.Dates)
        {
            if (expression.Granularity == DateGranularity.Day && expression.Date is { } day
                && day <= published.Value && day >= published.Value.AddDays(-LookbackDays))
            {
                return (day, expression.Text);
            }
        }

        return (published, null);
    }
}
