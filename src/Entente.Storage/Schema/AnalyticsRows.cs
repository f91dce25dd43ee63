using System.Globalization;

namespace Entente.Storage.Schema;

/// <summary>One (day, quad class) line of the dyad-days query.</summary>
internal sealed class DyadDayRow
{
    public string EventDate { get; set; } = "";
    public long QuadClass { get; set; }
    public long Events { get; set; }
    public long Reports { get; set; }
    public double GoldsteinSum { get; set; }
    public string ClusterIds { get; set; } = "";

    public DyadDay ToDay() => new(
        StoredValues.Date(EventDate)!.Value,
        StoredValues.Int(QuadClass),
        StoredValues.Int(Events),
        StoredValues.Int(Reports),
        GoldsteinSum,
        AnalyticsRows.Ids(ClusterIds));

    /// <summary>The days of both directions of a dyad, each in (day, quad class) order, as one list in that order.</summary>
    public static List<DyadDay> Merge(IReadOnlyList<DyadDayRow> forward, IReadOnlyList<DyadDayRow> backward)
    {
        var merged = new List<DyadDay>(Math.Max(forward.Count, backward.Count));
        int i = 0, j = 0;
        while (i < forward.Count || j < backward.Count)
        {
            var order = i == forward.Count ? 1 : j == backward.Count ? -1 : Compare(forward[i], backward[j]);
            if (order < 0)
            {
                merged.Add(forward[i++].ToDay());
            }
            else if (order > 0)
            {
                merged.Add(backward[j++].ToDay());
            }
            else
            {
                var (a, b) = (forward[i++], backward[j++]);
                merged.Add(new DyadDay(
                    StoredValues.Date(a.EventDate)!.Value,
                    StoredValues.Int(a.QuadClass),
                    StoredValues.Int(a.Events + b.Events),
                    StoredValues.Int(a.Reports + b.Reports),
                    a.GoldsteinSum + b.GoldsteinSum,
                    AnalyticsRows.Ids(a.ClusterIds + "," + b.ClusterIds)));
            }
        }

        return merged;
    }

    private static int Compare(DyadDayRow a, DyadDayRow b)
    {
        var byDate = string.CompareOrdinal(a.EventDate, b.EventDate);
        return byDate != 0 ? byDate : a.QuadClass.CompareTo(b.QuadClass);
    }
}

/// <summary>One (source, target) line of the cluster-edges query.</summary>
internal sealed class ClusterEdgeRow
{
    public string SourceKey { get; set; } = "";
    public string TargetKey { get; set; } = "";
    public long Cooperation { get; set; }
    public long Conflict { get; set; }
    public double GoldsteinSum { get; set; }
    public long Reports { get; set; }
    public string ClusterIds { get; set; } = "";

    public ClusterEdge ToEdge() => new(
        SourceKey, TargetKey, StoredValues.Int(Cooperation), StoredValues.Int(Conflict), GoldsteinSum, StoredValues.Int(Reports), AnalyticsRows.Ids(ClusterIds));
}

/// <summary>One sentence of the evidence search.</summary>
internal sealed class EvidenceRow
{
    public string ArticleId { get; set; } = "";
    public string? ArticleTitle { get; set; }
    public string? ArticlePublished { get; set; }
    public string? ArticleUrl { get; set; }
    public long SentenceIndex { get; set; }
    public long SentenceStart { get; set; }
    public string SentenceText { get; set; } = "";
    public double Rank { get; set; }
    public string? EventIds { get; set; }

    public EvidenceHit ToHit() => new(
        ArticleId,
        ArticleTitle,
        StoredValues.Date(ArticlePublished),
        ArticleUrl,
        StoredValues.Int(SentenceIndex),
        StoredValues.Int(SentenceStart),
        SentenceText,
        Rank,
        string.IsNullOrEmpty(EventIds) ? [] : EventIds.Split(',').Order(StringComparer.Ordinal).ToList());
}

/// <summary>Helpers of the analytics rows.</summary>
internal static class AnalyticsRows
{
    /// <summary>Ids aggregated as comma-separated text (group_concat, string_agg), ascending.</summary>
    public static IReadOnlyList<long> Ids(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        Array.Sort(ids);
        return ids;
    }
}

/// <summary>
/// Turns the text of a search box into search terms: phrases in double quotes stay phrases, every other run of
/// letters and digits is a word. Each provider then writes the terms in its own query syntax, so that no
/// operator character a user types (*, -, OR, NEAR, parentheses) can change the query or make it fail.
/// </summary>
internal static class SearchTerms
{
    public static IReadOnlyList<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = Words(parts[i]);
            if (i % 2 == 1 && i < parts.Length - 1)
            {
                if (words.Count > 0)
                {
                    terms.Add(string.Join(' ', words));
                }
            }
            else
            {
                terms.AddRange(words);
            }
        }

        return terms.Count > 0 ? terms : throw new ArgumentException($"The search \"{text}\" holds no word to look for.", nameof(text));
    }

    /// <summary>The FTS5 query: every term quoted (a quoted string is a word or phrase, never an operator), all required.</summary>
    public static string ToFts5(IReadOnlyList<string> terms) => string.Join(' ', terms.Select(term => $"\"{term}\""));

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
