namespace Entente.Ingest;

/// <summary>Reads lines already taken from a reader (to sniff its format), then the rest of that reader.</summary>
internal sealed class PrefixedTextReader : TextReader
{
    private readonly StringReader _head;
    private readonly TextReader _rest;

    /// <summary>Creates a reader of <paramref name="head"/> (whole lines, each ending in a line feed) followed by <paramref name="rest"/>.</summary>
    public PrefixedTextReader(string head, TextReader rest)
    {
        _head = new StringReader(head);
        _rest = rest;
    }

    /// <inheritdoc />
    public override int Peek() => _head.Peek() >= 0 ? _head.Peek() : _rest.Peek();

    /// <inheritdoc />
    public override int Read() => _head.Peek() >= 0 ? _head.Read() : _rest.Read();

    /// <inheritdoc />
    public override string? ReadLine() => _head.Peek() >= 0 ? _head.ReadLine() : _rest.ReadLine();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The rest belongs to the caller (it may be the console); only the head is ours.
            _head.Dispose();
        }

        base.Dispose(disposing);
    }
}
