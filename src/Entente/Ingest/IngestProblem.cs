namespace Entente.Ingest;

/// <summary>Why one input, or one line or item of it, produced no article.</summary>
/// <param name="Origin">The file path, glob, or "stdin" the problem was found in.</param>
/// <param name="Line">The 1-based line in that input, when the problem belongs to one line or feed item.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record IngestProblem(string Origin, int? Line, string Message)
{
    /// <summary>The problem as a compiler-style line: <c>path:line: message</c>.</summary>
    public override string ToString() => Line is { } line ? $"{Origin}:{line}: {Message}" : $"{Origin}: {Message}";
}
