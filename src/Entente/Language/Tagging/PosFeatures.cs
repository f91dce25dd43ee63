using Entente.Language.Perceptron;

namespace Entente.Language.Tagging;

/// <summary>Feature templates of the part-of-speech tagger, hashed straight from the words (no strings built).</summary>
internal static class PosFeatures
{
    /// <summary>Upper bound on the features of one token.</summary>
    public const int MaxFeatures = 40;

    /// <summary>Tag id standing for "before the sentence start".</summary>
    public const int StartTag = -1;

    private const string Start = "<s>";
    private const string End = "</s>";

    private enum Template
    {
        Bias = 1,
        Word,
        Suffix1,
        Suffix2,
        Suffix3,
        Suffix4,
        Prefix1,
        Prefix2,
        Prefix3,
        Prefix4,
        Shape,
        Flags,
        PreviousWord,
        SecondPreviousWord,
        NextWord,
        SecondNextWord,
        PreviousTag,
        PreviousTwoTags,
        PreviousTagAndWord,
        PreviousSuffix3,
        NextSuffix3,
        NextShape,
        PreviousShape,
        PreviousWordAndWord,
        WordAndNextWord,
        SecondPreviousTag,
        ExactWord,
        AmbiguityClass,
        NextAmbiguityClass,
        SecondNextAmbiguityClass,
        PreviousTagAndAmbiguityClass,
        AmbiguityClassAndNext,
        PreviousAmbiguityClass,
        PreviousTagAndSuffix3,
        PreviousAndNextWord,
    }

    /// <summary>
    /// Writes the features of word <paramref name="i"/> given the two tags predicted before it and the words'
    /// ambiguity classes (<see cref="TagLexicon.ClassesOf"/>); returns the count.
    /// </summary>
    public static int Extract(ReadOnlySpan<string> words, ReadOnlySpan<int> ambiguityClasses, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        var word = words[i].AsSpan();
        var n = 0;
        features[n++] = new FeatureHash((int)Template.Bias).Value;
        features[n++] = new FeatureHash((int)Template.Word).Add(word, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.ExactWord).Add(word).Value;
        for (var length = 1; length <= 4 && length < word.Length; length++)
        {
            features[n++] = new FeatureHash((int)Template.Suffix1 + length - 1).Add(word[^length..], lowercase: true).Value;
            features[n++] = new FeatureHash((int)Template.Prefix1 + length - 1).Add(word[..length], lowercase: true).Value;
        }

        features[n++] = new FeatureHash((int)Template.Shape).Add(shape[..WordShape.Write(word, shape)]).Value;
        var flags = WordShape.Flags(word) | (i == 0 ? WordFlags.SentenceInitial : WordFlags.None);
        features[n++] = new FeatureHash((int)Template.Flags).Add((int)flags).Value;

        var previous = i > 0 ? words[i - 1].AsSpan() : Start;
        var secondPrevious = i > 1 ? words[i - 2].AsSpan() : Start;
        var next = i + 1 < words.Length ? words[i + 1].AsSpan() : End;
        var secondNext = i + 2 < words.Length ? words[i + 2].AsSpan() : End;
        features[n++] = new FeatureHash((int)Template.PreviousWord).Add(previous, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.SecondPreviousWord).Add(secondPrevious, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.NextWord).Add(next, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.SecondNextWord).Add(secondNext, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.PreviousWordAndWord).Add(previous, lowercase: true).Add(word, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.WordAndNextWord).Add(word, lowercase: true).Add(next, lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.PreviousSuffix3).Add(previous[Math.Max(0, previous.Length - 3)..], lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.NextSuffix3).Add(next[Math.Max(0, next.Length - 3)..], lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.PreviousShape).Add(shape[..WordShape.Write(previous, shape)]).Value;
        features[n++] = new FeatureHash((int)Template.NextShape).Add(shape[..WordShape.Write(next, shape)]).Value;

        features[n++] = new FeatureHash((int)Template.PreviousTag).Add(previousTag).Value;
        features[n++] = new FeatureHash((int)Template.SecondPreviousTag).Add(secondPreviousTag).Value;
        features[n++] = new FeatureHash((int)Template.PreviousTwoTags).Add(previousTag).Add(secondPreviousTag).Value;
        features[n++] = new FeatureHash((int)Template.PreviousTagAndWord).Add(previousTag).Add(word, lowercase: true).Value;

        var ambiguity = ambiguityClasses[i];
        var nextAmbiguity = i + 1 < words.Length ? ambiguityClasses[i + 1] : -1;
        var secondNextAmbiguity = i + 2 < words.Length ? ambiguityClasses[i + 2] : -1;
        features[n++] = new FeatureHash((int)Template.AmbiguityClass).Add(ambiguity).Value;
        features[n++] = new FeatureHash((int)Template.NextAmbiguityClass).Add(nextAmbiguity).Value;
        features[n++] = new FeatureHash((int)Template.SecondNextAmbiguityClass).Add(secondNextAmbiguity).Value;
        features[n++] = new FeatureHash((int)Template.PreviousTagAndAmbiguityClass).Add(previousTag).Add(ambiguity).Value;
        features[n++] = new FeatureHash((int)Template.AmbiguityClassAndNext).Add(ambiguity).Add(nextAmbiguity).Value;
        features[n++] = new FeatureHash((int)Template.PreviousAmbiguityClass).Add(i > 0 ? ambiguityClasses[i - 1] : -1).Value;
        features[n++] = new FeatureHash((int)Template.PreviousTagAndSuffix3).Add(previousTag).Add(word[Math.Max(0, word.Length - 3)..], lowercase: true).Value;
        features[n++] = new FeatureHash((int)Template.PreviousAndNextWord).Add(previous, lowercase: true).Add(next, lowercase: true).Value;
        return n;
    }
}
