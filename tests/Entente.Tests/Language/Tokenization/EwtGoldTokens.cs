namespace Entente.Tests.Language.Tokenization;

/// <summary>
/// Reads the gold words of a UD CoNLL-U file as character spans of each sentence's "# text =" line. Words of a
/// multiword token ("don't" → "do" "n't") get the parts of its span when their forms spell it out.
/// </summary>
internal static class EwtGoldTokens
{
    public static IEnumerable<(string Text, List<(int Start, int End)> Spans)> Read(string path)
    {
        string? text = null;
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Length == 0)
            {
                if (text is not null && rows.Count > 0)
                {
                    yield return (text, Align(text, rows, path));
                }

                text = null;
                rows.Clear();
                continue;
            }

            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line[9..];
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (!columns[0].Contains('.', StringComparison.Ordinal))
            {
                rows.Add(columns);
            }
        }
    }

    private static List<(int Start, int End)> Align(string text, List<string[]> rows, string path)
    {
        var spans = new List<(int Start, int End)>();
        var position = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var form = rows[i][1];
            List<string>? words = null;
            var range = rows[i][0].Split('-');
            if (range.Length == 2)
            {
                var count = int.Parse(range[1]) - int.Parse(range[0]) + 1;
                words = rows.Skip(i + 1).Take(count).Select(row => row[1]).ToList();
                i += count;
            }

            var at = text.IndexOf(form, position, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidDataException($"{path}: form '{form}' not found in '{text}'.");
            }

            position = at;
            if (words is not null && string.Concat(words) == form)
            {
                foreach (var word in words)
                {
                    spans.Add((position, position + word.Length));
                    position += word.Length;
                }
            }
            else
            {
                spans.Add((position, position + form.Length));
                position += form.Length;
            }
        }

        return spans;
    }
}
