namespace Entente.Cli.Infrastructure;

/// <summary>How a query command writes its results.</summary>
public enum OutputFormat
{
    /// <summary>A table for people (Spectre.Console).</summary>
    Table,

    /// <summary>One indented JSON array.</summary>
    Json,

    /// <summary>JSON Lines: one compact object per line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}
