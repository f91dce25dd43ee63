using System.Globalization;

namespace Entente.Ontology;

/// <summary>
/// Reads the project's tab-separated data tables: a header row naming the columns, then one record a line.
/// Every error names the file and line, so a broken table is found at load time rather than as a wrong answer.
/// </summary>
internal sealed class TsvFile
{
    private readonly Dictionary<string, int> _columns;

    private TsvFile(string path, Dictionary<string, int> columns, List<TsvRow> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The records, without the header.</summary>
    public IReadOnlyList<TsvRow> Rows { get; }

    /// <summary>Reads <paramref name="path"/> and checks that the header has every required column.</summary>
    public static TsvFile Read(string path, params string[] requiredColumns)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: the file is empty; expected a header row.");
        var names = header.Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns[names[i]] = i;
        }

        foreach (var required in requiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                throw new InvalidDataException($"{path}:1: the header lacks the column '{required}'.");
            }
        }

        var rows = new List<TsvRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != names.Length)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {names.Length} tab-separated cells, found {cells.Length}.");
            }

            rows.Add(new TsvRow(path, lineNumber, cells, columns));
        }

        return new TsvFile(path, columns, rows);
    }

    /// <summary>True when the header names <paramref name="column"/>.</summary>
    public bool HasColumn(string column) => _columns.ContainsKey(column);
}

/// <summary>One record of a <see cref="TsvFile"/>.</summary>
internal sealed class TsvRow
{
    private readonly string[] _cells;
    private readonly Dictionary<string, int> _columns;

    internal TsvRow(string path, int line, string[] cells, Dictionary<string, int> columns)
    {
        Path = path;
        Line = line;
        _cells = cells;
        _columns = columns;
    }

    /// <summary>The file the record came from.</summary>
    public string Path { get; }

    /// <summary>Its 1-based line number.</summary>
    public int Line { get; }

    /// <summary>The cell of <paramref name="column"/>, trimmed; empty when blank.</summary>
    public string this[string column] => _cells[_columns[column]].Trim();

    /// <summary>The cell, or null when blank.</summary>
    public string? Optional(string column) => this[column] is { Length: > 0 } value ? value : null;

    /// <summary>The cell, which must not be blank.</summary>
    public string Required(string column) =>
        Optional(column) ?? throw Error($"the column '{column}' is empty.");

    /// <summary>The cell as a number, which must be present and well formed.</summary>
    public double Number(string column) =>
        OptionalNumber(column) ?? throw Error($"the column '{column}' is empty; expected a number.");

    /// <summary>The cell as a number, or null when blank.</summary>
    public double? OptionalNumber(string column)
    {
        var text = this[column];
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"the column '{column}' holds '{text}', which is not a number.");
    }

    /// <summary>The cell split on '|' into its non-empty items.</summary>
    public string[] List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An error that names this record's file and line.</summary>
    public InvalidDataException Error(string message) => new($"{Path}:{Line}: {message}");
}
