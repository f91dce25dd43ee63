namespace Entente.Time;

/// <summary>How precisely a date is known.</summary>
public enum DateGranularity
{
    /// <summary>A single day.</summary>
    Day,

    /// <summary>A week; the date is its first day.</summary>
    Week,

    /// <summary>A month; the date is its first day.</summary>
    Month,

    /// <summary>A year; the date is 1 January.</summary>
    Year,

    /// <summary>No date could be resolved.</summary>
    Unresolved,
}
