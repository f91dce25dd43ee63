namespace Entente.Language.Tokenization;

/// <summary>
/// Cuts article text into sentences of tokens following Universal Dependencies English-EWT conventions, so
/// that the tagger and parser trained on EWT see the tokens they were trained on. Every token keeps its
/// character offsets into the text. Thread-safe and stateless after construction.
/// </summary>
public sealed class Tokenizer
{
    private readonly WordScanner _scanner;

    /// <summary>Creates a tokenizer following UD English-EWT: hyphenated words are split ("al" "-" "Sudani") except after prefixes such as "non-" and "re-".</summary>
    public Tokenizer()
        : this(keepHyphenatedWords: false)
    {
    }

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="keepHyphenatedWords">
    /// True to keep every hyphenated word whole ("al-Sudani", "long-term"); false to split hyphens as UD
    /// English-EWT v2.16 does ("al" "-" "Sudani"), which is what taggers and parsers trained on EWT expect.
    /// </param>
    public Tokenizer(bool keepHyphenatedWords) => _scanner = new WordScanner(keepHyphenatedWords);

    /// <summary>Splits <paramref name="text"/> into sentences numbered from 0.</summary>
    public IReadOnlyList<Sentence> Split(string text) => Split(text, [], 0);

    /// <summary>
    /// Splits <paramref name="text"/> into sentences, producing no token inside the <paramref name="excluded"/>
    /// character ranges (end exclusive); no sentence spans an excluded range.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="excluded">Ranges to skip, in any order; they may overlap.</param>
    /// <param name="firstSentenceIndex">The <see cref="Sentence.Index"/> of the first sentence produced.</param>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<(int Start, int End)> excluded, int firstSentenceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(excluded);
        var builder = new SentenceBuilder(text, firstSentenceIndex);
        var position = 0;
        foreach (var (start, end) in MergeRanges(excluded, text.Length))
        {
            if (start > position)
            {
                SplitSegment(text, position, start, builder);
            }

            position = Math.Max(position, end);
        }

        if (position < text.Length)
        {
            SplitSegment(text, position, text.Length, builder);
        }

        return builder.Sentences;
    }

    private static List<(int Start, int End)> MergeRanges(IReadOnlyList<(int Start, int End)> excluded, int textLength)
    {
        var ranges = new List<(int Start, int End)>(excluded.Count);
        foreach (var (start, end) in excluded)
        {
            if (start < 0 || end > textLength || start > end)
            {
                throw new ArgumentOutOfRangeException(nameof(excluded), $"Excluded range {start}..{end} lies outside the text of length {textLength}.");
            }

            if (end > start)
            {
                ranges.Add((start, end));
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return ranges;
    }

    /// <summary>Tokenises the lines of one segment, then cuts prose runs into sentences.</summary>
    private void SplitSegment(string text, int start, int end, SentenceBuilder builder)
    {
        var span = text.AsSpan();
        var lineTokens = new List<TokenSpan>();
        var prose = new List<TokenSpan>();
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = span[lineStart..end].IndexOf('\n');
            var lineEnd = newline < 0 ? end : lineStart + newline;
            var (trimmedStart, trimmedEnd) = Trim(span, lineStart, lineEnd);
            if (trimmedStart == trimmedEnd)
            {
                // A blank line ends a paragraph.
                FlushProse(span, prose, builder);
            }
            else
            {
                lineTokens.Clear();
                ScanLine(span, trimmedStart, trimmedEnd, lineTokens);
                var kind = LineClassifier.Classify(span, trimmedStart, trimmedEnd, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lineTokens));
                if (kind != LineKind.Prose)
                {
                    FlushProse(span, prose, builder);
                    builder.Add(lineTokens, isHeadingOrList: true);
                }
                else
                {
                    // A line break ends a sentence unless the text is hard-wrapped mid-sentence: the previous
                    // line lacks final punctuation and this one goes on in lower case.
                    if (prose.Count > 0 && !(char.IsLower(span[trimmedStart]) && !SentenceSplitter.EndsSentence(span, prose[^1])))
                    {
                        FlushProse(span, prose, builder);
                    }

                    prose.AddRange(lineTokens);
                }
            }

            lineStart = lineEnd + 1;
        }

        FlushProse(span, prose, builder);
    }

    private void ScanLine(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            var chunkStart = i;
            while (i < end && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > chunkStart)
            {
                _scanner.ScanChunk(text, chunkStart, i, output);
            }
        }
    }

    private static void FlushProse(ReadOnlySpan<char> text, List<TokenSpan> prose, SentenceBuilder builder)
    {
        if (prose.Count == 0)
        {
            return;
        }

        SentenceSplitter.Split(text, prose, builder);
        prose.Clear();
    }

    private static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>White space, including the zero-width and byte-order marks that web pages leave in text.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060';
}
