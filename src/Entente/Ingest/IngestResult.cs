using System.Diagnostics.CodeAnalysis;
using Entente.Documents;

namespace Entente.Ingest;

/// <summary>One outcome of reading: an article, or the problem that kept one input (or one line of it) from being read.</summary>
public sealed record IngestResult
{
    private IngestResult(Article? article, IngestProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    /// <summary>The article read, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>The problem met, when reading failed.</summary>
    public IngestProblem? Problem { get; }

    /// <summary>True when this result holds an article (and no problem).</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsArticle => Article is not null;

    /// <summary>A successful read.</summary>
    public static IngestResult Success(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A failed read.</summary>
    public static IngestResult Failure(IngestProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));

    /// <summary>A failed read of <paramref name="origin"/> (at <paramref name="line"/>, when given).</summary>
    public static IngestResult Failure(string origin, int? line, string message) => Failure(new IngestProblem(origin, line, message));

    /// <inheritdoc />
    public override string ToString() => IsArticle ? $"Article {Article.Id} from {Article.Origin}" : Problem.ToString();
}
