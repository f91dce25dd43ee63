using System.Globalization;

namespace Entente.Language.Conllu;

/// <summary>Reads CoNLL-U (Universal Dependencies) files.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a file.</summary>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Reads sentences from a text reader; <paramref name="name"/> is used in error messages.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var comments = new List<string>();
        var tokens = new List<ConlluToken>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new ConlluSentence([.. comments], [.. tokens]);
                }

                comments.Clear();
                tokens.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line.TrimStart('#').TrimStart());
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            // Multiword token ranges (1-2) and empty nodes (1.1) carry no syntax of their own.
            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var head = columns[6] == "_" ? 0 : int.Parse(columns[6], CultureInfo.InvariantCulture);
            tokens.Add(new ConlluToken(columns[1], columns[2], columns[3], columns[4], columns[5], head - 1, columns[7], columns[9]));
        }

        if (tokens.Count > 0)
        {
            yield return new ConlluSentence([.. comments], [.. tokens]);
        }
    }
}
