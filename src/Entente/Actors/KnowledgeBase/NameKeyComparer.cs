namespace Entente.Actors.KnowledgeBase;

/// <summary>
/// Compares name words the way text writes them interchangeably: ignoring case and full stops ("U.S." = "US"),
/// and taking the typographic apostrophe for the plain one. Looks spans up without allocating.
/// </summary>
internal sealed class NameKeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly NameKeyComparer Instance = new();

    private NameKeyComparer()
    {
    }

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && SpansEqual(x, y));

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => SpansEqual(alternate, other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    public static bool SpansEqual(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && x[i] == '.')
            {
                i++;
            }

            while (j < y.Length && y[j] == '.')
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (Fold(x[i]) != Fold(y[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over the folded characters: cheap, and good enough for short words.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            if (c != '.')
            {
                hash = (hash ^ Fold(c)) * 16777619u;
            }
        }

        return (int)hash;
    }

    private static char Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        < (char)128 => c,
        '\u2019' => '\'',
        _ => char.ToUpperInvariant(c),
    };
}
