namespace Entente.Language.Perceptron;

/// <summary>
/// A trainable multi-class averaged perceptron over hashed features, weights held densely as [feature × class].
/// </summary>
/// <remarks>
/// Averaging follows Daumé's trick instead of per-weight timestamps: beside each weight w we keep
/// u = Σ c·Δw (c = number of examples seen when the update happened); the average over all examples is then
/// w − u / c, computed once in <see cref="Average"/>. It gives the same result as timestamped lazy averaging
/// with one array fewer (the timestamps), which matters at a few hundred thousand features × 100 classes.
/// Training is deterministic: rows are numbered in order of first use and updates are applied in call order.
/// </remarks>
public sealed class AveragedPerceptron : IFeatureScorer
{
    private readonly FeatureTable _features = new(1 << 16);
    private float[] _weights;
    private double[] _updateMoments;
    private long _clock = 1;
    private bool _averaged;

    /// <summary>Creates an empty model scoring <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ClassCount = classCount;
        _weights = new float[classCount * 1024];
        _updateMoments = new double[classCount * 1024];
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Number of distinct features seen.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>The row of a feature, added when new (training sees every feature it scores).</summary>
    public int RowOf(ulong feature)
    {
        var row = _features.Intern(feature);
        var needed = (row + 1) * ClassCount;
        if (needed > _weights.Length)
        {
            var size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _updateMoments, size);
        }

        return row;
    }

    /// <inheritdoc />
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var row in features)
        {
            if (row < 0)
            {
                continue;
            }

            var weights = _weights.AsSpan(row * ClassCount, ClassCount);
            for (var k = 0; k < weights.Length; k++)
            {
                scores[k] += weights[k];
            }
        }
    }

    /// <summary>The perceptron update: rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on every feature row.</summary>
    public void Update(int truth, int guess, ReadOnlySpan<int> features)
    {
        if (truth == guess)
        {
            return;
        }

        Update(truth, features, 1f);
        Update(guess, features, -1f);
    }

    /// <summary>Adds <paramref name="amount"/> to the weight of <paramref name="klass"/> on every feature row (structured updates).</summary>
    public void Update(int klass, ReadOnlySpan<int> features, float amount)
    {
        ThrowIfAveraged();
        ArgumentOutOfRangeException.ThrowIfNegative(klass);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(klass, ClassCount);
        foreach (var row in features)
        {
            if (row < 0)
            {
                continue;
            }

            var index = (row * ClassCount) + klass;
            _weights[index] += amount;
            _updateMoments[index] += (double)_clock * amount;
        }
    }

    /// <summary>Marks the end of one training example (a token for greedy tagging, a sentence for structured learning).</summary>
    public void NextExample()
    {
        ThrowIfAveraged();
        _clock++;
    }

    /// <summary>Replaces every weight by its average over all examples seen; training ends here.</summary>
    public void Average()
    {
        ThrowIfAveraged();
        var used = _features.Count * ClassCount;
        for (var i = 0; i < used; i++)
        {
            _weights[i] = (float)(_weights[i] - (_updateMoments[i] / _clock));
        }

        _updateMoments = [];
        _averaged = true;
    }

    /// <summary>
    /// Freezes the averaged model into a compact <see cref="PerceptronModel"/>, dropping weights whose magnitude is
    /// below <paramref name="pruneThreshold"/> and features left with no weight at all.
    /// </summary>
    public PerceptronModel Freeze(float pruneThreshold = 0f)
    {
        if (!_averaged)
        {
            throw new InvalidOperationException("Call Average() before Freeze(): a frozen model holds averaged weights.");
        }

        return PerceptronModel.FromDense(_features, _weights, ClassCount, pruneThreshold);
    }

    private void ThrowIfAveraged()
    {
        if (_averaged)
        {
            throw new InvalidOperationException("The perceptron has been averaged; it can no longer be trained.");
        }
    }
}
