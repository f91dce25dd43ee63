using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Storage.Schema;

/// <summary>What the reports of one batch add to one cluster.</summary>
internal sealed class ClusterAddition
{
    /// <summary>Reports (events) of the batch assigned to the cluster.</summary>
    public int Reports { get; set; }

    /// <summary>Their articles. Every article of a batch is new to the store, so none of these is counted yet.</summary>
    public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Their sources (see <see cref="ClusterCounts.SourceOf"/>); an outlet may be counted already.</summary>
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The cluster counts (NumEvents, NumArticles, NumSources) as the reports of a batch change them, so that a store
/// never has to re-read the reports of a cluster to count them: a new cluster's counts are the batch's own, and
/// a joined cluster's grow by the batch's reports, its articles (always new) and the sources it did not count yet.
/// </summary>
internal static class ClusterCounts
{
    /// <summary>
    /// The source a report counts for: its outlet, or its own article when unattributed, so that unattributed
    /// reports are never merged into one outlet. The same rule as <see cref="ClusterSql.Recount"/>'s
    /// <c>COALESCE(a.source, 'article:' || a.id)</c>.
    /// </summary>
    public static string SourceOf(Article article) => article.Source ?? "article:" + article.Id;

    /// <summary>What the events of <paramref name="fresh"/> add to each cluster <paramref name="result"/> assigned them to.</summary>
    public static Dictionary<ClusterSlot, ClusterAddition> Additions(ClusterAssigner.Result result, IEnumerable<Extraction> fresh)
    {
        var additions = new Dictionary<ClusterSlot, ClusterAddition>(ReferenceEqualityComparer.Instance);
        foreach (var extraction in fresh)
        {
            var article = extraction.Article;
            string? source = null;
            foreach (var coded in extraction.Events)
            {
                var slot = result.ByEvent[coded.Id];
                if (!additions.TryGetValue(slot, out var addition))
                {
                    addition = new ClusterAddition();
                    additions[slot] = addition;
                }

                addition.Reports++;
                addition.Articles.Add(article.Id);
                addition.Sources.Add(source ??= SourceOf(article));
            }
        }

        return additions;
    }
}
