namespace Entente.Language.Ner;

/// <summary>Entity spans of a BIO (or IO) label sequence.</summary>
public static class BioSpans
{
    /// <summary>
    /// The spans (first token, last token inclusive, type) of a label sequence. An I-X that does not continue an
    /// X span opens one, so IO-tagged data and ill-formed sequences read the usual (CoNLL) way.
    /// </summary>
    public static List<(int First, int Last, string Type)> Read(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            var isInside = label.StartsWith("I-", StringComparison.Ordinal);
            var labelType = label.Length > 2 && label[1] == '-' ? label[2..] : null;
            if (type is not null && (!isInside || !string.Equals(labelType, type, StringComparison.Ordinal)))
            {
                spans.Add((start, i - 1, type));
                type = null;
            }

            if (labelType is not null && type is null)
            {
                start = i;
                type = labelType;
            }
        }

        return spans;
    }

    /// <summary>Rewrites labels as well-formed BIO (IO input gets its B- tags back).</summary>
    public static string[] Normalise(IReadOnlyList<string> labels)
    {
        var result = Enumerable.Repeat("O", labels.Count).ToArray();
        foreach (var (first, last, type) in Read(labels))
        {
            result[first] = "B-" + type;
            for (var i = first + 1; i <= last; i++)
            {
                result[i] = "I-" + type;
            }
        }

        return result;
    }
}
