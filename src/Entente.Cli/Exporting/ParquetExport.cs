using System.Globalization;
using Entente.Cli.Querying;
using Entente.Storage;
using Parquet;
using Parquet.Schema;

namespace Entente.Cli.Exporting;

/// <summary>
/// Apache Parquet with typed columns (dates as dates, numbers as numbers, flags as booleans), written one row
/// group at a time so that memory holds one group, never the whole export. Column names follow the CSV header.
/// </summary>
internal static class ParquetExport
{
    /// <summary>Events per row group: large enough for good compression, small enough to keep memory flat.</summary>
    public const int DefaultRowGroupSize = 50_000;

    // Parquet.Net pools its buffers with no limit on what the pool keeps by default; bound it so a long export
    // does not hold on to every buffer it ever used.
    private static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 64 << 20,
    };

    /// <summary>Writes every event to <paramref name="output"/> (writable and seekable); returns how many were written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEvent> events, Stream output, CancellationToken cancellationToken, int rowGroupSize = DefaultRowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var columns = Columns(rowGroupSize);
        var schema = new ParquetSchema(columns.Select(column => (Field)column.Field));
        await using var writer = await ParquetWriter.CreateAsync(schema, output, Options, append: false, cancellationToken);
        long count = 0;
        var rows = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                column.Add(stored, rows);
            }

            rows++;
            count++;
            if (rows == rowGroupSize)
            {
                await FlushAsync(writer, columns, rows, cancellationToken);
                rows = 0;
            }
        }

        // A file with no rows still gets one empty row group, so readers see the schema and zero rows.
        if (rows > 0 || count == 0)
        {
            await FlushAsync(writer, columns, rows, cancellationToken);
        }

        return count;
    }

    private static async Task FlushAsync(ParquetWriter writer, IReadOnlyList<ParquetColumn> columns, int rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.WriteAsync(group, rows, cancellationToken);
        }
    }

    private static List<ParquetColumn> Columns(int capacity) =>
    [
        new StringColumn("id", capacity, e => e.Event.Id),
        new NullableColumn<DateOnly>("date", capacity, e => e.Event.Date is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
        new StringColumn("dateGranularity", capacity, e => Text(e.Event.DateGranularity)),
        new StringColumn("dateText", capacity, e => e.Event.DateText),
        new StringColumn("sourceText", capacity, e => e.Event.Source.Text),
        new StringColumn("sourceCode", capacity, e => e.Event.Source.Code),
        new StringColumn("sourceActorId", capacity, e => e.Event.Source.ActorId),
        new StringColumn("sourceName", capacity, e => e.Event.Source.Name),
        new StringColumn("sourceCountry", capacity, e => e.Event.Source.Country),
        new StringColumn("sourceSector", capacity, e => e.Event.Source.Sector),
        new StringColumn("sourceRole", capacity, e => e.Event.Source.Role),
        new StringColumn("targetText", capacity, e => e.Event.Target?.Text),
        new StringColumn("targetCode", capacity, e => e.Event.Target?.Code),
        new StringColumn("targetActorId", capacity, e => e.Event.Target?.ActorId),
        new StringColumn("targetName", capacity, e => e.Event.Target?.Name),
        new StringColumn("targetCountry", capacity, e => e.Event.Target?.Country),
        new StringColumn("targetSector", capacity, e => e.Event.Target?.Sector),
        new StringColumn("targetRole", capacity, e => e.Event.Target?.Role),
        new StringColumn("trigger", capacity, e => e.Event.Trigger.Text),
        new StringColumn("cameo", capacity, e => e.Event.Cameo),
        new StringColumn("root", capacity, e => e.Event.Root),
        new ValueColumn<int>("quadClass", capacity, e => e.Event.QuadClass),
        new ValueColumn<double>("goldstein", capacity, e => e.Event.Goldstein),
        new StringColumn("ploverType", capacity, e => e.Event.Plover?.Type),
        new StringColumn("ploverMode", capacity, e => e.Event.Plover?.Mode),
        new StringColumn("location", capacity, e => e.Event.Location?.Name),
        new StringColumn("locationCountry", capacity, e => e.Event.Location?.Country),
        new NullableColumn<double>("locationLat", capacity, e => e.Event.Location?.Lat),
        new NullableColumn<double>("locationLon", capacity, e => e.Event.Location?.Lon),
        new NullableColumn<long>("locationGeonamesId", capacity, e => e.Event.Location?.GeonamesId),
        new StringColumn("locationPrecision", capacity, e => e.Event.Location?.Precision),
        new ValueColumn<bool>("negated", capacity, e => e.Event.Negated),
        new StringColumn("modality", capacity, e => Text(e.Event.Modality)),
        new ValueColumn<double>("confidence", capacity, e => e.Event.Confidence),
        new StringColumn("rule", capacity, e => e.Event.Rule),
        new ValueColumn<int>("sentence", capacity, e => e.Event.Sentence),
        new StringColumn("evidence", capacity, e => e.SentenceText),
        new StringColumn("articleId", capacity, e => e.ArticleId),
        new StringColumn("articleTitle", capacity, e => e.ArticleTitle),
        new NullableColumn<DateOnly>("articlePublished", capacity, e => e.ArticlePublished),
        new StringColumn("articleUrl", capacity, e => e.ArticleUrl),
        new StringColumn("articleSource", capacity, e => e.ArticleSource),
    ];

    private static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => StoredEventFormat.EnumText(value);

    /// <summary>One column's schema field and the values of the row group being filled.</summary>
    private abstract class ParquetColumn
    {
        public abstract DataField Field { get; }

        public abstract void Add(StoredEvent stored, int row);

        public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken);
    }

    private sealed class StringColumn(string name, int capacity, Func<StoredEvent, string?> value) : ParquetColumn
    {
        private readonly string?[] _values = new string?[capacity];

        public override DataField Field { get; } = new DataField<string>(name, true);

        public override void Add(StoredEvent stored, int row) => _values[row] = value(stored);

        public override async Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken)
        {
            await group.WriteAsync(Field, new ArraySegment<string?>(_values, 0, rows)!);

            // Let the group's strings go before the next one fills.
            Array.Clear(_values, 0, rows);
        }
    }

    private sealed class ValueColumn<T>(string name, int capacity, Func<StoredEvent, T> value) : ParquetColumn
        where T : struct
    {
        private readonly T[] _values = new T[capacity];

        public override DataField Field { get; } = new DataField<T>(name, false);

        public override void Add(StoredEvent stored, int row) => _values[row] = value(stored);

        public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken)
            => group.WriteAsync<T>(Field, new ReadOnlyMemory<T>(_values, 0, rows), cancellationToken: cancellationToken);
    }

    private sealed class NullableColumn<T>(string name, int capacity, Func<StoredEvent, T?> value) : ParquetColumn
        where T : struct
    {
        private readonly T?[] _values = new T?[capacity];

        public override DataField Field { get; } = new DataField<T?>(name, true);

        public override void Add(StoredEvent stored, int row) => _values[row] = value(stored);

        public override Task WriteAsync(ParquetRowGroupWriter group, int rows, CancellationToken cancellationToken)
            => group.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(_values, 0, rows), cancellationToken: cancellationToken);
    }
}
