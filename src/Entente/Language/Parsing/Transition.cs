namespace Entente.Language.Parsing;

/// <summary>The three arc-hybrid transitions.</summary>
internal enum Transition
{
    /// <summary>Move the buffer front onto the stack.</summary>
    Shift,

    /// <summary>Attach the stack top to the buffer front and pop it.</summary>
    Left,

    /// <summary>Attach the stack top to the item below it and pop it.</summary>
    Right,
}
