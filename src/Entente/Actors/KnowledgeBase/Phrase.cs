namespace Entente.Actors.KnowledgeBase;

/// <summary>A name or agent phrase split into words, with the case each word needs and what it stands for.</summary>
internal sealed class Phrase<T>(string[] words, WordCase[] cases, T value, int priority, int order)
{
    public string[] Words { get; } = words;

    public WordCase[] Cases { get; } = cases;

    public T Value { get; } = value;

    /// <summary>Curated phrases outrank gazetteer ones, which outrank converted ones, when two match the same tokens.</summary>
    public int Priority { get; } = priority;

    public int Order { get; } = order;
}
