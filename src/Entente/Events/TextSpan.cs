namespace Entente.Events;

/// <summary>A stretch of text: the words and their character offsets.</summary>
/// <param name="Text">The words.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public sealed record TextSpan(string Text, int Start, int End);
