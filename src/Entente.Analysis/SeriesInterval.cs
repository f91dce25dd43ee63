namespace Entente.Analysis;

/// <summary>The width of one point of a dyad series.</summary>
public enum SeriesInterval
{
    /// <summary>One point per calendar day.</summary>
    Day,

    /// <summary>One point per ISO week (Monday to Sunday).</summary>
    Week,

    /// <summary>One point per calendar month.</summary>
    Month,
}
