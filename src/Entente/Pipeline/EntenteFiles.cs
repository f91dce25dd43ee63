namespace Entente.Pipeline;

/// <summary>
/// Finds Entente's data tables and model files: beside the running executable (where the build copies them),
/// else in the repository checkout above it, else under <c>ENTENTE_HOME</c>.
/// </summary>
public static class EntenteFiles
{
    /// <summary>Absolute path of a file given relative to the repository root ("data/cameo/event-codes.tsv").</summary>
    /// <exception cref="FileNotFoundException">When no candidate location holds the file.</exception>
    public static string Resolve(string relativePath)
    {
        foreach (var root in CandidateRoots())
        {
            var candidate = Path.Combine(root, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Entente data file '{relativePath}' was not found beside the executable, in the repository, or under ENTENTE_HOME.", relativePath);
    }

    private static IEnumerable<string> CandidateRoots()
    {
        if (Environment.GetEnvironmentVariable("ENTENTE_HOME") is { Length: > 0 } home)
        {
            yield return home;
        }

        yield return AppContext.BaseDirectory;
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Entente.slnx")))
            {
                yield return directory.FullName;
                yield break;
            }

            directory = directory.Parent;
        }
    }
}
