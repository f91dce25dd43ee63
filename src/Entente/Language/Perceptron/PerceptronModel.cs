namespace Entente.Language.Perceptron;

/// <summary>
/// A frozen linear model for inference: known feature hashes and their non-zero class weights in compressed
/// sparse rows. Thread-safe for reading; scoring allocates nothing.
/// </summary>
public sealed class PerceptronModel : IFeatureScorer
{
    /// <summary>Current version of the binary layout written by <see cref="Write"/>.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "Entente.PerceptronModel";
    private readonly FeatureTable _features;
    private readonly int[] _rowStarts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    private PerceptronModel(int classCount, FeatureTable features, int[] rowStarts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _features = features;
        _rowStarts = rowStarts;
        _classes = classes;
        _weights = weights;
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Number of features kept.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>Number of non-zero weights kept.</summary>
    public int WeightCount => _weights.Length;

    /// <inheritdoc />
    public int RowOf(ulong feature) => _features.Find(feature);

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

            var end = _rowStarts[row + 1];
            for (var i = _rowStarts[row]; i < end; i++)
            {
                scores[_classes[i]] += _weights[i];
            }
        }
    }

    /// <summary>Writes the model: a header with the format version, then each feature's hash and non-zero weights.</summary>
    public void Write(BinaryWriter writer, WeightPrecision precision = WeightPrecision.Half)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write((byte)precision);
        for (var row = 0; row < FeatureCount; row++)
        {
            writer.Write(_features.KeyOf(row));
            var start = _rowStarts[row];
            var end = _rowStarts[row + 1];
            writer.Write7BitEncodedInt(end - start);
            for (var i = start; i < end; i++)
            {
                writer.Write7BitEncodedInt(_classes[i]);
                if (precision == WeightPrecision.Half)
                {
                    writer.Write((Half)_weights[i]);
                }
                else
                {
                    writer.Write(_weights[i]);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">When the data is not a perceptron model of a supported version.</exception>
    public static PerceptronModel Read(BinaryReader reader, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{name}: not an Entente perceptron model.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{name}: perceptron model format version {version}; this build reads version {FormatVersion}.");
        }

        var classCount = reader.ReadInt32();
        var rowCount = reader.ReadInt32();
        var precision = (WeightPrecision)reader.ReadByte();
        if (classCount < 1 || rowCount < 0 || precision is not (WeightPrecision.Half or WeightPrecision.Single))
        {
            throw new InvalidDataException($"{name}: corrupt perceptron model header.");
        }

        var features = new FeatureTable(rowCount);
        var rowStarts = new int[rowCount + 1];
        var classes = new List<ushort>(rowCount * 4);
        var weights = new List<float>(rowCount * 4);
        for (var row = 0; row < rowCount; row++)
        {
            if (features.Intern(reader.ReadUInt64()) != row)
            {
                throw new InvalidDataException($"{name}: feature {row} is listed twice.");
            }

            var count = reader.Read7BitEncodedInt();
            for (var i = 0; i < count; i++)
            {
                var klass = reader.Read7BitEncodedInt();
                if (klass < 0 || klass >= classCount)
                {
                    throw new InvalidDataException($"{name}: class {klass} out of range at feature {row}.");
                }

                classes.Add((ushort)klass);
                weights.Add(precision == WeightPrecision.Half ? (float)reader.ReadHalf() : reader.ReadSingle());
            }

            rowStarts[row + 1] = classes.Count;
        }

        return new PerceptronModel(classCount, features, rowStarts, [.. classes], [.. weights]);
    }

    /// <summary>Builds a frozen model from dense averaged weights, keeping weights of magnitude ≥ the threshold.</summary>
    internal static PerceptronModel FromDense(FeatureTable table, float[] dense, int classCount, float pruneThreshold)
    {
        if (classCount > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), "At most 65535 classes are supported.");
        }

        var features = new FeatureTable(table.Count);
        var rowStarts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        for (var row = 0; row < table.Count; row++)
        {
            var before = classes.Count;
            for (var k = 0; k < classCount; k++)
            {
                var weight = dense[(row * classCount) + k];
                if (weight != 0f && MathF.Abs(weight) >= pruneThreshold)
                {
                    classes.Add((ushort)k);
                    weights.Add(weight);
                }
            }

            if (classes.Count > before)
            {
                features.Intern(table.KeyOf(row));
                rowStarts.Add(classes.Count);
            }
        }

        return new PerceptronModel(classCount, features, [.. rowStarts], [.. classes], [.. weights]);
    }
}
