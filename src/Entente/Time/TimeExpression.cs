namespace Entente.Time;

/// <summary>A date expression found in text and resolved against the publication date.</summary>
/// <param name="Text">The expression as written ("on October 11, 2024", "last week").</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset one past the last character in the article text.</param>
/// <param name="Date">The resolved date (first day of the period for coarser granularities), or null.</param>
/// <param name="Granularity">How precise the date is.</param>
public sealed record TimeExpression(string Text, int Start, int End, DateOnly? Date, DateGranularity Granularity);
