using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Language.Perceptron;

/// <summary>
/// A frozen linear model for inference: known feature hashes and their non-zero class weights. Thread-safe for
/// reading; scoring allocates nothing.
/// </summary>
/// <remarks>
/// Inference is bound by memory latency, not arithmetic: a model is megabytes of weights looked up at random, a few
/// dozen features per token. The layout therefore keeps what one feature needs in as few cache lines as possible:
/// an open-addressing table whose slot holds the hash together with the start and length of the feature's run of
/// (class, weight) entries, and the entries interleaved in one array. A look-up costs one miss for the slot and one
/// for the entries, where separate arrays of keys, rows, row starts, classes and weights cost five. The value
/// <see cref="RowOf"/> returns is the slot index, so <see cref="Score"/> finds the run without hashing again.
/// The few features with weights for many classes (the bias, previous tags, ambiguity classes: a handful of features
/// that hold most of the weights a token visits) are held as dense rows instead and added with vector instructions;
/// each class still receives the features' weights in feature order, so the scores are bit for bit those of the
/// sparse runs.
/// </remarks>
public sealed class PerceptronModel : IFeatureScorer
{
    /// <summary>Current version of the binary layout written by <see cref="Write"/>.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "Entente.PerceptronModel";

    // Key 0 marks an empty slot; a real hash of 0 is stored as EmptyReplacement (as in FeatureTable).
    private const ulong EmptyReplacement = 0x9E3779B97F4A7C15UL;

    // Slot.Count of a feature held as a dense row.
    private const int DenseRun = -1;
    private readonly Slot[] _slots;
    private readonly int _slotMask;
    private readonly Entry[] _entries;

    // Dense rows of RowStride floats (classes past ClassCount stay zero) for the features with many weights.
    private readonly DenseRows _dense;

    // Slot of each feature in the order the model was given, and where its entries start, so that Write reproduces
    // the file byte for byte (a dense row's entries stay in _entries for that).
    private readonly int[] _rowSlots;
    private readonly int[] _rowStarts;

    private PerceptronModel(int classCount, ulong[] keys, int[] rowStarts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _entries = LargePageArrays.Allocate<Entry>(classes.Length);
        for (var i = 0; i < classes.Length; i++)
        {
            _entries[i] = new Entry(classes[i], weights[i]);
        }

        RowStride = (classCount + Vector512<float>.Count - 1) / Vector512<float>.Count * Vector512<float>.Count;

        // A dense row costs RowStride / 16 vector additions; a sparse run one scalar addition per weight.
        var denseFrom = Math.Max(4, RowStride / 4);
        var denseRows = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            denseRows += rowStarts[row + 1] - rowStarts[row] >= denseFrom ? 1 : 0;
        }

        var dense = new float[denseRows * RowStride];
        var nextDense = 0;

        // Load factor at most 1/2: unknown features (most look-ups at run time) stop at the first empty slot early.
        var size = 16;
        while (size < keys.Length * 2)
        {
            size *= 2;
        }

        _slots = LargePageArrays.Allocate<Slot>(size);
        _slotMask = size - 1;
        _rowSlots = new int[keys.Length];
        _rowStarts = rowStarts;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row] == 0 ? EmptyReplacement : keys[row];
            var slot = Home(key, _slotMask);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new InvalidDataException($"Feature {row} is listed twice.");
                }

                slot = (slot + 1) & _slotMask;
            }

            var count = rowStarts[row + 1] - rowStarts[row];
            if (count >= denseFrom)
            {
                var denseStart = nextDense * RowStride;
                for (var e = rowStarts[row]; e < rowStarts[row + 1]; e++)
                {
                    dense[denseStart + classes[e]] += weights[e];
                }

                nextDense++;
                _slots[slot] = new Slot(key, denseStart, DenseRun);
            }
            else
            {
                _slots[slot] = new Slot(key, rowStarts[row], count);
            }

            _rowSlots[row] = slot;
        }

        _dense = new DenseRows(dense, RowStride);
    }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Number of features kept.</summary>
    public int FeatureCount => _rowSlots.Length;

    /// <summary>Floats in a dense row: <see cref="ClassCount"/> rounded up to a whole number of 512-bit vectors.</summary>
    internal int RowStride { get; }

    /// <summary>Number of features held as dense rows.</summary>
    internal int DenseRowCount => _dense.Count;

    /// <summary>Number of non-zero weights kept.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>An opaque id of the feature for <see cref="Score"/> (its slot), or -1 when the model does not know it.</summary>
    public int RowOf(ulong feature)
    {
        var key = feature == 0 ? EmptyReplacement : feature;
        var slots = _slots;
        var slot = Home(key, _slotMask);
        while (true)
        {
            var stored = slots[slot].Key;
            if (stored == key)
            {
                return slot;
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _slotMask;
        }
    }

    /// <summary>
    /// The rows of several features: every home slot is requested from memory first, then probed, so that the cache
    /// misses of a token's few dozen features overlap instead of following one another.
    /// </summary>
    public void RowsOf(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        var slots = _slots;
        var mask = _slotMask;
        for (var f = 0; f < features.Length; f++)
        {
            var key = features[f] == 0 ? EmptyReplacement : features[f];
            rows[f] = Home(key, mask);
        }

        Prefetch.Elements(slots, rows[..features.Length]);
        for (var f = 0; f < features.Length; f++)
        {
            var key = features[f] == 0 ? EmptyReplacement : features[f];
            var slot = rows[f];
            var stored = slots[slot].Key;
            while (stored != key && stored != 0)
            {
                slot = (slot + 1) & mask;
                stored = slots[slot].Key;
            }

            rows[f] = stored == 0 ? -1 : slot;
        }
    }

    /// <inheritdoc />
    /// <remarks>The dense rows are summed first (in feature order, in vector registers), then the sparse runs in feature order.</remarks>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        var slots = _slots;
        Span<int> denseStarts = stackalloc int[features.Length];
        var denseCount = 0;
        foreach (var id in features)
        {
            if (id >= 0 && slots[id].Count == DenseRun)
            {
                denseStarts[denseCount++] = slots[id].Start;
            }
        }

        var sums = AlignedSpans.Floats(stackalloc float[AlignedSpans.Padded(RowStride)], RowStride);
        _dense.Sum(denseStarts[..denseCount], sums);
        var entries = _entries;
        foreach (var id in features)
        {
            if (id < 0)
            {
                continue;
            }

            ref readonly var slot = ref slots[id];
            if (slot.Count == DenseRun)
            {
                continue;
            }

            foreach (ref readonly var entry in entries.AsSpan(slot.Start, slot.Count))
            {
                sums[entry.Class] += entry.Weight;
            }
        }

        sums[..ClassCount].CopyTo(scores);
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
        for (var row = 0; row < _rowSlots.Length; row++)
        {
            var run = _entries.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);
            writer.Write(_slots[_rowSlots[row]].Key);
            writer.Write7BitEncodedInt(run.Length);
            foreach (ref readonly var entry in run)
            {
                writer.Write7BitEncodedInt(entry.Class);
                if (precision == WeightPrecision.Half)
                {
                    writer.Write((Half)entry.Weight);
                }
                else
                {
                    writer.Write(entry.Weight);
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

        var keys = new ulong[rowCount];
        var rowStarts = new int[rowCount + 1];
        var classes = new List<ushort>(rowCount * 4);
        var weights = new List<float>(rowCount * 4);
        for (var row = 0; row < rowCount; row++)
        {
            keys[row] = reader.ReadUInt64();
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

        try
        {
            return new PerceptronModel(classCount, keys, rowStarts, [.. classes], [.. weights]);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
    }

    /// <summary>Builds a frozen model from dense averaged weights, keeping weights of magnitude ≥ the threshold.</summary>
    internal static PerceptronModel FromDense(FeatureTable table, float[] dense, int classCount, float pruneThreshold)
    {
        if (classCount > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), "At most 65535 classes are supported.");
        }

        var keys = new List<ulong>();
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
                keys.Add(table.KeyOf(row));
                rowStarts.Add(classes.Count);
            }
        }

        return new PerceptronModel(classCount, [.. keys], [.. rowStarts], [.. classes], [.. weights]);
    }

    // Multiply-shift: the high bits of the product depend on every bit of the key.
    private static int Home(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 33) & mask;

    /// <summary>
    /// A feature's hash and where its run of entries starts, or for a feature held as a dense row (Count
    /// <see cref="DenseRun"/>) where that row starts in the dense rows; 16 bytes, four to a cache line.
    /// </summary>
    private readonly record struct Slot(ulong Key, int Start, int Count);

    /// <summary>One non-zero weight of a feature and the class it votes for.</summary>
    private readonly record struct Entry(int Class, float Weight);
}
