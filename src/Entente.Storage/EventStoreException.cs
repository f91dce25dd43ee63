namespace Entente.Storage;

/// <summary>
/// The store could not do what was asked for a reason a person can act on: an extraction that contradicts
/// itself, a database row that was refused, or a database written by a newer Entente.
/// </summary>
public sealed class EventStoreException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public EventStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public EventStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (required by the exception design rules).</summary>
    public EventStoreException()
    {
    }
}
