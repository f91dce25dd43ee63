namespace Entente.Tools.Actors;

/// <summary>
/// Reads a PETRARCH <c>.agents</c> dictionary: <c>PHRASE {PLURAL} [~CODE]</c>, regular plurals generated unless
/// <c>{}</c> says otherwise, <c>!MARKER!</c> substitution sets, and the <c>_MINIST</c> stem for minister/ministry.
/// </summary>
internal static class AgentDictionaryReader
{
    private static readonly string[] MinisterForms = ["MINISTER", "MINISTRY"];

    public static List<AgentEntry> Read(string path, TextWriter warnings)
    {
        var file = Path.GetFileName(path);
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new List<AgentEntry>();
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path))
        {
            lineNumber++;
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('<'))
            {
                continue;
            }

            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                var marker = line[1..line.IndexOf('!', 1)];
                substitutions[marker] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]
                    .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                warnings.WriteLine($"{file}:{lineNumber}: agent without a [code]; skipped");
                continue;
            }

            var code = line[(open + 1)..close].Trim().Replace("~", string.Empty, StringComparison.Ordinal);
            if (code.Length < 3)
            {
                warnings.WriteLine($"{file}:{lineNumber}: agent code '{code}' too short; skipped");
                continue;
            }

            var phrasePart = line[..open].Trim();
            string? plural = null;
            var brace = phrasePart.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                var braceEnd = phrasePart.IndexOf('}', brace);
                if (braceEnd < 0)
                {
                    warnings.WriteLine($"{file}:{lineNumber}: missing '}}'; skipped");
                    continue;
                }

                plural = phrasePart[(brace + 1)..braceEnd].Trim();
                phrasePart = phrasePart[..brace].Trim();
            }

            foreach (var (singular, pluralForm) in Expand(phrasePart, plural, substitutions, file, lineNumber, warnings))
            {
                var title = Words(singular);
                if (title.Length == 0)
                {
                    continue;
                }

                entries.Add(new AgentEntry(title, code[..3], code, title));
                if (pluralForm is { Length: > 0 })
                {
                    entries.Add(new AgentEntry(Words(pluralForm), code[..3], code, title));
                }
            }
        }

        return entries;
    }

    private static IEnumerable<(string Singular, string? Plural)> Expand(
        string phrase, string? plural, Dictionary<string, string[]> substitutions, string file, int lineNumber, TextWriter warnings)
    {
        var bang = phrase.IndexOf('!', StringComparison.Ordinal);
        if (bang >= 0)
        {
            var end = phrase.IndexOf('!', bang + 1);
            var marker = end > bang ? phrase[(bang + 1)..end] : string.Empty;
            if (!substitutions.TryGetValue(marker, out var forms))
            {
                warnings.WriteLine($"{file}:{lineNumber}: substitution marker '!{marker}!' not defined; skipped");
                yield break;
            }

            // Every substituted form stands as written: the sets already hold singulars and plurals.
            foreach (var form in forms)
            {
                yield return (phrase[..bang] + form + phrase[(end + 1)..], null);
            }

            yield break;
        }

        var trimmed = phrase.TrimEnd('_');
        if (trimmed.EndsWith("_MINIST", StringComparison.Ordinal))
        {
            foreach (var form in MinisterForms)
            {
                var full = trimmed[..^"MINIST".Length] + form;
                yield return (full, RegularPlural(full));
            }

            yield break;
        }

        yield return (trimmed, plural ?? RegularPlural(trimmed));
    }

    private static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith('Y') && phrase.Length > 1 && !"AEIOU".Contains(phrase[^2], StringComparison.Ordinal))
        {
            return phrase[..^1] + "IES";
        }

        return phrase.EndsWith('S') || phrase.EndsWith("SH", StringComparison.Ordinal) || phrase.EndsWith("CH", StringComparison.Ordinal) || phrase.EndsWith('X')
            ? phrase + "ES"
            : phrase + "S";
    }

    /// <summary>"FOREIGN_MINISTER" → "foreign minister".</summary>
    private static string Words(string phrase) =>
        string.Join(' ', phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
