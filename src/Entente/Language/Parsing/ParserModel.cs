using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Entente.Language.Parsing;

/// <summary>
/// The trained weights of the parser, read-only and shared across threads. Each feature key maps to a short
/// run of (class, weight) pairs, since a feature is only ever updated for the few classes it was seen with;
/// scoring walks those runs. Weights are stored as <see cref="Half"/> in the file and held as floats in memory.
/// </summary>
internal sealed class ParserModel
{
    private const string Magic = "ENTENTE-DEPPARSER";
    private const int FormatVersion = 1;

    // Features with at least this many (class, weight) entries are held as dense rows (see _dense); fewer go in the
    // bucket or the overflow run. 24 and 40 measured the same as 12 within the noise (`bench … parser-profile`).
    internal const int DenseFrom = 12;

    // Bucket.Count of a feature held as a dense row.
    private const int DenseRow = int.MaxValue;

    // One 16-byte bucket per feature (four to a cache line): the key, the entry count and, for the features with at
    // most two (class, weight) entries (most of them), the entries themselves; longer runs live in _overflow. So a
    // feature costs one cache miss, not one for the slot and another for its weights. An entry is the weight as a
    // float whose lowest 8 mantissa bits are replaced by the class id (the weights come from Half, which has far
    // fewer bits, so nothing is lost).
    private readonly Bucket[] _buckets;
    private readonly int _bucketMask;
    private readonly uint[] _overflow;

    // Features with many classes (the frequent ones: bias, tags, tag pairs) as dense rows of RowStride floats, added
    // with vector instructions: one by one, their entries were most of the scoring time (a transition visits a few
    // thousand entries, nearly all in such rows).
    private readonly DenseRows _dense;
    private readonly byte[] _entryClasses;


    // The model as given, kept to write it back byte for byte.
    private readonly uint[] _featureKeys;
    private readonly byte[] _featureCounts;
    private readonly Half[] _halfWeights;

    /// <summary>Creates a model from features sorted by key and their (class, weight) runs in the same order.</summary>
    public ParserModel(IReadOnlyList<string> labels, uint[] featureKeys, byte[] featureCounts, byte[] entryClasses, Half[] entryWeights)
    {
        if (labels.Count == 0 || labels.Count > 127)
        {
            throw new ArgumentException("The parser needs between 1 and 127 labels.", nameof(labels));
        }

        if (entryClasses.Length >= 1 << 24)
        {
            throw new ArgumentException("Too many weights for the slot layout; prune harder.", nameof(entryClasses));
        }

        Labels = [.. labels.Select(string.Intern)];
        RootLabel = Array.IndexOf(Labels, "root");
        if (RootLabel < 0)
        {
            throw new ArgumentException("The label set has no 'root'.", nameof(labels));
        }

        _featureKeys = featureKeys;
        _featureCounts = featureCounts;
        _entryClasses = entryClasses;
        _halfWeights = entryWeights;
        if (entryClasses.Length != entryWeights.Length)
        {
            throw new ArgumentException("Every weight needs a class.", nameof(entryWeights));
        }

        var entries = new uint[entryWeights.Length];
        for (var i = 0; i < entryWeights.Length; i++)
        {
            entries[i] = (BitConverter.SingleToUInt32Bits((float)entryWeights[i]) & ~0xFFu) | entryClasses[i];
        }

        // Load factor between 1/3 and 2/3: small enough that probing rarely leaves the home cache line.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureKeys.Length + (featureKeys.Length / 2)));
        _buckets = LargePageArrays.Allocate<Bucket>(capacity);
        _bucketMask = capacity - 1;
        var overflow = new List<uint>();
        var dense = new List<float>();
        RowStride = (ClassCount + Vector512<float>.Count - 1) / Vector512<float>.Count * Vector512<float>.Count;
        var start = 0;
        for (var f = 0; f < featureKeys.Length; f++)
        {
            var count = featureCounts[f];
            if (start + count > entries.Length)
            {
                throw new ArgumentException("Feature entry counts do not match the weights given.", nameof(featureCounts));
            }

            var slot = Home(featureKeys[f], _bucketMask);
            while (_buckets[slot].Key != 0)
            {
                slot = (slot + 1) & _bucketMask;
            }

            if (count >= DenseFrom)
            {
                _buckets[slot] = new Bucket(featureKeys[f], DenseRow, (uint)dense.Count, 0);
                var row = new float[RowStride];
                for (var e = start; e < start + count; e++)
                {
                    row[entryClasses[e]] += (float)entryWeights[e];
                }

                dense.AddRange(row);
            }
            else
            {
                _buckets[slot] = count switch
                {
                    1 => new Bucket(featureKeys[f], 1, entries[start], 0),
                    2 => new Bucket(featureKeys[f], 2, entries[start], entries[start + 1]),
                    _ => new Bucket(featureKeys[f], count, (uint)overflow.Count, 0),
                };
                if (count > 2)
                {
                    overflow.AddRange(entries.AsSpan(start, count));
                }
            }

            start += count;
        }

        if (start != entryClasses.Length)
        {
            throw new ArgumentException("Feature entry counts do not match the weights given.", nameof(featureCounts));
        }

        _overflow = [.. overflow];
        _dense = new DenseRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(dense), RowStride);
    }

    /// <summary>Dependency labels; label id = index.</summary>
    public string[] Labels { get; }

    /// <summary>Id of the "root" label.</summary>
    public int RootLabel { get; }

    /// <summary>Number of classes: shift, then left-arc per label, then right-arc per label.</summary>
    public int ClassCount => 1 + (2 * Labels.Length);

    /// <summary>Classes rounded up to whole 512-bit vectors: the length of a dense row.</summary>
    private int RowStride { get; }

    /// <summary>Number of features kept.</summary>
    public int FeatureCount => _featureKeys.Length;

    /// <summary>Number of (feature, class) weights kept.</summary>
    public int WeightCount => _entryClasses.Length;

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (length <see cref="ClassCount"/>, zeroed by the caller).</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        // Three passes, so that the cache misses of the whole feature vector overlap (memory-level parallelism instead
        // of a hundred serial misses): every key's home bucket is requested; then each key is looked up, sorted by
        // where its weights are (a dense row, inline, an overflow run) and those weights are requested; then the
        // weights are added, the dense rows in vector registers first.
        Span<int> slots = stackalloc int[keys.Length];
        var mask = _bucketMask;
        for (var i = 0; i < keys.Length; i++)
        {
            slots[i] = Home(keys[i], mask);
        }

        var buckets = _buckets;
        Prefetch.Elements(buckets, slots);
        Span<int> denseStarts = stackalloc int[keys.Length];
        Span<int> inline = stackalloc int[keys.Length];
        Span<int> runs = stackalloc int[keys.Length];
        int denseCount = 0, inlineCount = 0, runCount = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var slot = slots[i];
            var stored = buckets[slot].Key;
            while (stored != key && stored != 0)
            {
                slot = (slot + 1) & mask;
                stored = buckets[slot].Key;
            }

            if (stored == 0)
            {
                continue;
            }

            ref readonly var bucket = ref buckets[slot];
            if (bucket.Count == DenseRow)
            {
                denseStarts[denseCount++] = (int)bucket.First;
                _dense.Request((int)bucket.First);
            }
            else if (bucket.Count > 2)
            {
                runs[runCount++] = slot;
                Prefetch.Range(_overflow, (int)bucket.First, bucket.Count);
            }
            else
            {
                inline[inlineCount++] = slot;
            }
        }

        // Scores are summed in an aligned buffer padded to whole vectors, so that dense rows need no scalar tail.
        var sums = AlignedSpans.Floats(stackalloc float[AlignedSpans.Padded(RowStride)], RowStride);
        _dense.Sum(denseStarts[..denseCount], sums);
        foreach (var slot in inline[..inlineCount])
        {
            // A one-entry bucket's second entry is 0: class 0 plus a weight of +0.0, which changes no score.
            ref readonly var bucket = ref buckets[slot];
            Add(sums, bucket.First);
            Add(sums, bucket.Second);
        }

        foreach (var slot in runs[..runCount])
        {
            ref readonly var bucket = ref buckets[slot];
            foreach (var entry in _overflow.AsSpan((int)bucket.First, bucket.Count))
            {
                Add(sums, entry);
            }
        }

        // Adding to the caller's zeros keeps every sum bit for bit (0 + x = x).
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] += sums[c];
        }
    }

    /// <summary>For profiling: how the keys of one transition are found (features found, probe steps, inline, overflow and dense).</summary>
    internal (int Found, int Probes, int Inline, int OverflowEntries, int DenseRows) Census(ReadOnlySpan<uint> keys)
    {
        int found = 0, probes = 0, inline = 0, overflowEntries = 0, denseRows = 0;
        foreach (var key in keys)
        {
            var slot = Home(key, _bucketMask);
            while (_buckets[slot].Key != key && _buckets[slot].Key != 0)
            {
                slot = (slot + 1) & _bucketMask;
                probes++;
            }

            if (_buckets[slot].Key == 0)
            {
                continue;
            }

            found++;
            var count = _buckets[slot].Count;
            if (count <= 2)
            {
                inline++;
            }
            else if (count == DenseRow)
            {
                denseRows++;
            }
            else
            {
                overflowEntries += count;
            }
        }

        return (found, probes, inline, overflowEntries, denseRows);
    }

    private static void Add(Span<float> scores, uint entry) => scores[(int)(entry & 0xFF)] += BitConverter.UInt32BitsToSingle(entry & ~0xFFu);

    private static int Home(uint key, int mask) => (int)(key * 0x9E37_79B1u >> 8) & mask;

    /// <summary>A copy without the weights smaller than <paramref name="threshold"/> in magnitude (features left empty are dropped).</summary>
    public ParserModel Pruned(float threshold)
    {
        var keys = new List<uint>();
        var counts = new List<byte>();
        var classes = new List<byte>();
        var weights = new List<Half>();
        var start = 0;
        for (var f = 0; f < _featureKeys.Length; f++)
        {
            var kept = 0;
            for (var e = start; e < start + _featureCounts[f]; e++)
            {
                if (Math.Abs((float)_halfWeights[e]) >= threshold)
                {
                    classes.Add(_entryClasses[e]);
                    weights.Add(_halfWeights[e]);
                    kept++;
                }
            }

            if (kept > 0)
            {
                keys.Add(_featureKeys[f]);
                counts.Add((byte)kept);
            }

            start += _featureCounts[f];
        }

        return new ParserModel(Labels, [.. keys], [.. counts], [.. classes], [.. weights]);
    }

    /// <summary>Writes the model in its binary format (magic, version, labels, features, weights as Half).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Labels.Length);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(_featureKeys.Length);
        writer.Write(_entryClasses.Length);

        // Keys are sorted, so gaps written as variable-length integers take about three bytes instead of four.
        var previous = 0u;
        foreach (var key in _featureKeys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }

        writer.Write(_featureCounts);
        writer.Write(_entryClasses);
        foreach (var weight in _halfWeights)
        {
            writer.Write(weight);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a parser model of this version.</exception>
    public static ParserModel Load(Stream stream, string name)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{name}: not an Entente dependency parser model.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"{name}: parser model format version {version}, this build reads version {FormatVersion}.");
            }

            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var featureCount = reader.ReadInt32();
            var entryCount = reader.ReadInt32();
            var keys = new uint[featureCount];
            var previous = 0u;
            for (var i = 0; i < featureCount; i++)
            {
                previous += (uint)reader.Read7BitEncodedInt();
                keys[i] = previous;
            }

            var counts = reader.ReadBytes(featureCount);
            var classes = reader.ReadBytes(entryCount);
            var weights = new Half[entryCount];
            for (var i = 0; i < entryCount; i++)
            {
                weights[i] = reader.ReadHalf();
            }

            if (counts.Length != featureCount || classes.Length != entryCount)
            {
                throw new InvalidDataException($"{name}: parser model is truncated.");
            }

            return new ParserModel(labels, keys, counts, classes, weights);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException($"{name}: parser model is truncated.", exception);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"{name}: parser model is inconsistent: {exception.Message}", exception);
        }
    }

    /// <summary>A feature's key and its entries (inline when at most two, else First is the start in the overflow array).</summary>
    private readonly record struct Bucket(uint Key, int Count, uint First, uint Second);
}
