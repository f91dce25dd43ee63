using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Entente.Ingest;

/// <summary>Turns one input argument (a file, a directory, or a glob pattern) into the files it names.</summary>
internal static class InputExpander
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,

        // Dot-files and folders (.git, .DS_Store) are tool state, never articles.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    /// <summary>The files <paramref name="input"/> names in a stable order, or the problem that it names none.</summary>
    public static IEnumerable<(string? Path, IngestProblem? Problem)> Expand(string input)
    {
        if (File.Exists(input))
        {
            return [(input, null)];
        }

        if (Directory.Exists(input))
        {
            var files = Sorted(Directory.EnumerateFiles(input, "*", Recursive));
            return files.Count > 0 ? files.Select(file => ((string?)file, (IngestProblem?)null)) : [(null, new IngestProblem(input, null, "is a directory with no files in it"))];
        }

        if (IsGlob(input))
        {
            var files = Glob(input);
            return files.Count > 0 ? files.Select(file => ((string?)file, (IngestProblem?)null)) : [(null, new IngestProblem(input, null, "matches no files"))];
        }

        return [(null, new IngestProblem(input, null, "does not exist"))];
    }

    private static bool IsGlob(string input) => input.Contains('*', StringComparison.Ordinal) || input.Contains('?', StringComparison.Ordinal);

    private static List<string> Glob(string pattern)
    {
        // The folders before the first wildcard are where matching starts; the rest is the pattern.
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedParts = parts.TakeWhile(part => !IsGlob(part)).ToList();
        var baseDirectory = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        if (baseDirectory.Length == 0)
        {
            baseDirectory = "/";
        }

        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        // The matcher knows * and ** but not ?; it walks the folders with ? widened to *, and a regex keeps exact matches.
        var relativePattern = string.Join('/', parts.Skip(fixedParts.Count));
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern.Replace('?', '*'));
        var exact = GlobRegex(relativePattern);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseDirectory)));
        var prefix = fixedParts.Count == 0 ? string.Empty : baseDirectory;
        return Sorted(result.Files
            .Where(match => exact.IsMatch(match.Path.Replace('\\', '/')))
            .Select(match => prefix.Length == 0 ? match.Path : Path.Combine(prefix, match.Path)));
    }

    private static Regex GlobRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static List<string> Sorted(IEnumerable<string> files)
    {
        var list = files.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
