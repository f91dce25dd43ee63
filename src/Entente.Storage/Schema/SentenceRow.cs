namespace Entente.Storage.Schema;

/// <summary>A sentences row.</summary>
internal sealed class SentenceRow
{
    public long SentenceIndex { get; set; }
    public long StartChar { get; set; }
    public long EndChar { get; set; }
    public string Text { get; set; } = "";
    public bool IsHeadingOrList { get; set; }

    /// <summary>The stored sentence.</summary>
    public StoredSentence ToStoredSentence() => new(
        StoredValues.Int(SentenceIndex),
        StoredValues.Int(StartChar),
        StoredValues.Int(EndChar),
        Text,
        IsHeadingOrList);
}
