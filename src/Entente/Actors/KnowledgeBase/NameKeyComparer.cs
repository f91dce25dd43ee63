namespace Entente.Actors.KnowledgeBase;

/// <summary>
/// Compares name words the way text writes them interchangeably: ignoring case, full stops ("U.S." = "US") and
/// the accents of Latin letters ("Erdoğan" = "Erdogan", "Nicolás" = "Nicolas": dictionaries and wires often drop
/// them), and taking the typographic apostrophe for the plain one. Looks spans up without allocating.
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

    // Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F): each letter's base letter in upper case ("ğ" → "G"),
    // letters without a decomposition ("Ø", "ß") as themselves. A table, because the build runs with invariant
    // globalization, where string normalisation leaves non-ASCII text unchanged.
    private const string LatinBase =
        "AAAAAA\u00C6CEEEEIIII"
        + "\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DF"
        + "AAAAAA\u00C6CEEEEIIII"
        + "\u00D0NOOOOO\u00F7\u00D8UUUUY\u00DEY"
        + "AAAAAACCCCCCCCDD"
        + "\u0110\u0110EEEEEEEEEEGGGG"
        + "GGGGHH\u0126\u0126IIIIIIII"
        + "II\u0132\u0132JJKK\u0138LLLLLL\u013F"
        + "\u013F\u0141\u0141NNNNNN\u0149\u014A\u014AOOOO"
        + "OO\u0152\u0152RRRRRRSSSSSS"
        + "SSTTTT\u0166\u0166UUUUUUUU"
        + "UUUUWWYYYZZZZZZS"
        + "\u0243\u0181\u0182\u0182\u0184\u0184\u0186\u0187\u0187\u0189\u018A\u018B\u018B\u018D\u018E\u018F"
        + "\u0190\u0191\u0191\u0193\u0194\u01F6\u0196\u0197\u0198\u0198\u023D\u019B\u019C\u019D\u0220\u019F"
        + "OO\u01A2\u01A2\u01A4\u01A4\u01A6\u01A7\u01A7\u01A9\u01AA\u01AB\u01AC\u01AC\u01AEU"
        + "U\u01B1\u01B2\u01B3\u01B3\u01B5\u01B5\u01B7\u01B8\u01B8\u01BA\u01BB\u01BC\u01BC\u01BE\u01F7"
        + "\u01C0\u01C1\u01C2\u01C3\u01C4\u01C4\u01C4\u01C7\u01C7\u01C7\u01CA\u01CA\u01CAAAI"
        + "IOOUUUUUUUUUU\u018EAA"
        + "AA\u01E2\u01E2\u01E4\u01E4GGKKOOOO\u01EE\u01EE"
        + "J\u01F1\u01F1\u01F1GG\u01F6\u01F7NNAA\u01FC\u01FC\u01FE\u01FE"
        + "AAAAEEEEIIIIOOOO"
        + "RRRRUUUUSSTT\u021C\u021CHH"
        + "\u0220\u0221\u0222\u0222\u0224\u0224AAEEOOOOOO"
        + "OOYY\u0234\u0235\u0236\u0237\u0238\u0239\u023A\u023B\u023B\u023D\u023E\u2C7E"
        + "\u2C7F\u0241\u0241\u0243\u0244\u0245\u0246\u0246\u0248\u0248\u024A\u024A\u024C\u024C\u024E\u024E";

    private static char Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        < (char)128 => c,
        '\u2019' => '\'',
        >= '\u00C0' and <= '\u024F' => LatinBase[c - '\u00C0'],
        _ => char.ToUpperInvariant(c),
    };
}
