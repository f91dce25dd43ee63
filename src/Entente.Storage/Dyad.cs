namespace Entente.Storage;

/// <summary>
/// Two actors to find events between, each an actor code or code prefix ("RUS" covers RUSGOV and RUSMIL).
/// When the query is directed, <see cref="First"/> is the source and <see cref="Second"/> the target.
/// </summary>
/// <param name="First">The first actor code or prefix.</param>
/// <param name="Second">The second actor code or prefix.</param>
public sealed record Dyad(string First, string Second)
{
    /// <summary>Reads the "A:B" form used on the command line and in URLs ("RUS:IRN").</summary>
    /// <exception cref="FormatException">The text is not two non-empty codes separated by one colon.</exception>
    public static Dyad Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            throw new FormatException($"A dyad is two actor codes separated by a colon, such as \"RUS:IRN\"; got \"{text}\".");
        }

        return new Dyad(parts[0].Trim(), parts[1].Trim());
    }

    /// <inheritdoc />
    public override string ToString() => $"{First}:{Second}";
}
