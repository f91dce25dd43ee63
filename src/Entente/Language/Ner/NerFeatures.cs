using Entente.Language.Perceptron;
using Entente.Language.Tagging;

namespace Entente.Language.Ner;

/// <summary>Feature templates of the entity recogniser (label-independent, so Viterbi scores each token once).</summary>
internal static class NerFeatures
{
    /// <summary>Upper bound on the features of one token.</summary>
    public const int MaxFeatures = 48;

    private const string Start = "<s>";
    private const string End = "</s>";

    private enum Template
    {
        Bias = 1,
        Word,
        ExactWord,
        Shape,
        Flags,
        Prefix1,
        Prefix2,
        Prefix3,
        Suffix1,
        Suffix2,
        Suffix3,
        Suffix4,
        PreviousWord,
        SecondPreviousWord,
        NextWord,
        SecondNextWord,
        ExactPreviousWord,
        ExactNextWord,
        Pos,
        PreviousPos,
        SecondPreviousPos,
        NextPos,
        SecondNextPos,
        PreviousAndPos,
        PosAndNext,
        ShapeWindow,
        PreviousWordAndWord,
        WordAndNextWord,
        Gazetteer,
        PreviousGazetteer,
        NextGazetteer,
        PreviousFlags,
        NextFlags,
        GazetteerAndFlags,
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/>; returns the count. <paramref name="wordFlags"/> holds
    /// <see cref="FlagsOf"/> of every token, computed once per sentence because each is read three times.
    /// </summary>
    public static int Extract(ReadOnlySpan<string> words, ReadOnlySpan<string> pos, ReadOnlySpan<byte> gazetteer, ReadOnlySpan<int> wordFlags, int i, Span<ulong> features)
    {
        Span<char> shape = stackalloc char[(3 * WordShape.MaxLength) + 2];
        var word = words[i].AsSpan();
        var n = 0;
        features[n++] = new FeatureHash((int)Template.Bias).Value;
        features[n++] = new FeatureHash((int)Template.Word).Add(word, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.ExactWord).Add(word).Value;
        var shapeLength = WordShape.Write(word, shape[..WordShape.MaxLength]);
        features[n++] = new FeatureHash((int)Template.Shape).Add(shape[..shapeLength]).Value;
        var flags = wordFlags[i];
        features[n++] = new FeatureHash((int)Template.Flags).Add(flags).Value;
        for (var length = 1; length <= 4 && length < word.Length; length++)
        {
            features[n++] = new FeatureHash((int)Template.Suffix1 + length - 1).Add(word[^length..], lowercase: true).Value;
            if (length <= 3)
            {
                features[n++] = new FeatureHash((int)Template.Prefix1 + length - 1).Add(word[..length], lowercase: true).Value;
            }
        }

        var previous = i > 0 ? words[i - 1].AsSpan() : Start;
        var secondPrevious = i > 1 ? words[i - 2].AsSpan() : Start;
        var next = i + 1 < words.Length ? words[i + 1].AsSpan() : End;
        var secondNext = i + 2 < words.Length ? words[i + 2].AsSpan() : End;
        features[n++] = new FeatureHash((int)Template.PreviousWord).Add(previous, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.SecondPreviousWord).Add(secondPrevious, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.NextWord).Add(next, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.SecondNextWord).Add(secondNext, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.ExactPreviousWord).Add(previous).Value;
        features[n++] = new FeatureHash((int)Template.ExactNextWord).Add(next).Value;
        features[n++] = new FeatureHash((int)Template.PreviousWordAndWord).Add(previous, lowercase: true).Add(word, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.WordAndNextWord).Add(word, lowercase: true).Add(next, lowercase: true).Value;

        var tag = pos[i].AsSpan();
        var previousTag = i > 0 ? pos[i - 1].AsSpan() : Start;
        var secondPreviousTag = i > 1 ? pos[i - 2].AsSpan() : Start;
        var nextTag = i + 1 < pos.Length ? pos[i + 1].AsSpan() : End;
        var secondNextTag = i + 2 < pos.Length ? pos[i + 2].AsSpan() : End;
        features[n++] = new FeatureHash((int)Template.Pos).Add(tag).Value;
        features[n++] = new FeatureHash((int)Template.PreviousPos).Add(previousTag).Value;
        features[n++] = new FeatureHash((int)Template.SecondPreviousPos).Add(secondPreviousTag).Value;
        features[n++] = new FeatureHash((int)Template.NextPos).Add(nextTag).Value;
        features[n++] = new FeatureHash((int)Template.SecondNextPos).Add(secondNextTag).Value;
        features[n++] = new FeatureHash((int)Template.PreviousAndPos).Add(previousTag).Add(tag).Value;
        features[n++] = new FeatureHash((int)Template.PosAndNext).Add(tag).Add(nextTag).Value;

        // Each shape gets at most MaxLength characters, so the three fit the buffer.
        var windowLength = WordShape.Write(previous, shape[..WordShape.MaxLength]);
        shape[windowLength++] = ' ';
        windowLength += WordShape.Write(word, shape.Slice(windowLength, WordShape.MaxLength));
        shape[windowLength++] = ' ';
        windowLength += WordShape.Write(next, shape.Slice(windowLength, WordShape.MaxLength));
        features[n++] = new FeatureHash((int)Template.ShapeWindow).Add(shape[..windowLength]).Value;
        features[n++] = new FeatureHash((int)Template.PreviousFlags).Add(i > 0 ? wordFlags[i - 1] : -1).Value;
        features[n++] = new FeatureHash((int)Template.NextFlags).Add(i + 1 < words.Length ? wordFlags[i + 1] : -1).Value;

        var mark = gazetteer[i];
        for (var type = 0; type < EntityTypes.All.Count; type++)
        {
            if ((mark & (1 << type)) != 0)
            {
                var begins = (mark & 0x80) != 0 ? 1 : 0;
                features[n++] = new FeatureHash((int)Template.Gazetteer).Add(type).Add(begins).Value;
                features[n++] = new FeatureHash((int)Template.GazetteerAndFlags).Add(type).Add(flags).Value;
            }
        }

        features[n++] = new FeatureHash((int)Template.PreviousGazetteer).Add(i > 0 ? gazetteer[i - 1] : -1).Value;
        features[n++] = new FeatureHash((int)Template.NextGazetteer).Add(i + 1 < words.Length ? gazetteer[i + 1] : -1).Value;
        return n;
    }

    /// <summary>Writes the spelling flags of every token of a sentence (the first one also sentence-initial).</summary>
    public static void FlagsOf(ReadOnlySpan<string> words, Span<int> flags)
    {
        for (var i = 0; i < words.Length; i++)
        {
            flags[i] = (int)(WordShape.Flags(words[i]) | (i == 0 ? WordFlags.SentenceInitial : WordFlags.None));
        }
    }
}
