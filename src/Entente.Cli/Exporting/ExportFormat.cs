namespace Entente.Cli.Exporting;

/// <summary>The file formats <c>entente export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>GDELT 2.0 event table: 61 tab-separated columns, no header.</summary>
    Gdelt,

    /// <summary>RFC 4180 CSV with a header: the flattened event record.</summary>
    Csv,

    /// <summary>JSON Lines: one event record per line.</summary>
    Jsonl,

    /// <summary>Apache Parquet with typed columns, one row group per block of events.</summary>
    Parquet,

    /// <summary>GraphML: actors as nodes, directed dyads as edges with counts per quad class.</summary>
    Graphml,
}
