namespace Entente.Tests;

/// <summary>Finds files of the repository and of the shared data folder beside it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Entente.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Entente.slnx not found above the test binaries.");
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the repository.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path inside <c>../shared</c> (training and dev data, the seed article).</summary>
    public static string InShared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);
}
