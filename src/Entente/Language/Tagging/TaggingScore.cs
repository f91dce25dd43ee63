namespace Entente.Language.Tagging;

/// <summary>Token accuracy of a tagger on gold-tokenised data.</summary>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="UposCorrect">Tokens whose UPOS was right.</param>
/// <param name="XposCorrect">Tokens whose XPOS was right.</param>
public sealed record TaggingScore(int Tokens, int UposCorrect, int XposCorrect)
{
    /// <summary>UPOS accuracy, 0–1.</summary>
    public double UposAccuracy => Tokens == 0 ? 0 : (double)UposCorrect / Tokens;

    /// <summary>XPOS accuracy, 0–1.</summary>
    public double XposAccuracy => Tokens == 0 ? 0 : (double)XposCorrect / Tokens;

    /// <inheritdoc />
    public override string ToString() => $"UPOS {UposAccuracy:P2}, XPOS {XposAccuracy:P2} on {Tokens} tokens";
}
