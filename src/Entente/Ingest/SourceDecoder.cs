using System.Text;

namespace Entente.Ingest;

/// <summary>Turns the bytes of a file into text, or says why they are not text.</summary>
internal static class SourceDecoder
{
    /// <summary>How many leading bytes are enough to tell text from binary in a file read as a stream.</summary>
    public const int SniffLength = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/> (UTF-8 or UTF-16 with BOM, else UTF-8, else Latin-1 for legacy text).</summary>
    /// <returns>The text, or null with <paramref name="error"/> saying why the bytes are not text.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return CheckText(Utf8.GetString(bytes[3..]), out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return CheckText(Encoding.Unicode.GetString(bytes[2..]), out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return CheckText(Encoding.BigEndianUnicode.GetString(bytes[2..]), out error);
        }

        error = BinaryReason(bytes);
        if (error is not null)
        {
            return null;
        }

        var text = Utf8.GetString(bytes);
        return IsLegacyEightBit(bytes, text) ? Encoding.Latin1.GetString(bytes) : text;
    }

    /// <summary>Why a file's leading bytes are not text, or null when they look like text.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        if (bytes.Contains((byte)0))
        {
            return "is a binary file (it contains NUL bytes), not text";
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        if (controls > bytes.Length / 100 + 1)
        {
            return "is a binary file (it is full of control bytes), not text";
        }

        var text = Utf8.GetString(bytes);
        var invalid = CountInvalid(text);

        // Legacy 8-bit text has a few bytes that are not UTF-8; binary data has them everywhere.
        return invalid > 0 && invalid > text.Length / 10
            ? "is a binary file (it is mostly not valid UTF-8), not text"
            : null;
    }

    /// <summary>Why already decoded text (stdin) is not text, or null.</summary>
    public static string? BinaryReason(string text) =>
        text.Contains('\0', StringComparison.Ordinal) ? "is binary data (it contains NUL characters), not text" : null;

    private static string? CheckText(string text, out string? error)
    {
        error = BinaryReason(text);
        return error is null ? text : null;
    }

    private static int CountInvalid(string text) => text.Count(c => c == '\uFFFD');

    // A UTF-8 file with a stray bad byte stays UTF-8; a file where most non-ASCII bytes are invalid is Latin-1 text.
    private static bool IsLegacyEightBit(ReadOnlySpan<byte> bytes, string utf8Text)
    {
        var invalid = CountInvalid(utf8Text);
        if (invalid == 0)
        {
            return false;
        }

        var nonAscii = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                nonAscii++;
            }
        }

        return invalid * 2 >= nonAscii;
    }
}
