using System.Numerics;

namespace Entente.Language.Parsing;

/// <summary>
/// Averaged-perceptron weights while training. A feature's (class, weight) entries form a contiguous block in
/// flat arrays, created only when an update touches them. Averaging is lazy: each entry keeps the running total of
/// its weight over time and the time of its last change, so an update costs O(features) rather than O(model).
/// </summary>
internal sealed class AveragedWeights
{
    private readonly int _classCount;
    private uint[] _keys = new uint[1 << 16];
    private int[] _blockStart = new int[1 << 16];
    private byte[] _blockCount = new byte[1 << 16];
    private byte[] _blockCapacity = new byte[1 << 16];
    private int _featureCount;

    private byte[] _classes = new byte[1 << 16];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _entryEnd;

    /// <summary>Creates empty weights for <paramref name="classCount"/> classes (at most 255).</summary>
    public AveragedWeights(int classCount)
    {
        if (classCount > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), "Class ids are stored as bytes.");
        }

        _classCount = classCount;
    }

    /// <summary>Number of distinct features that have received an update.</summary>
    public int FeatureCount => _featureCount;

    /// <summary>Adds the current (not averaged) weights of every feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        foreach (var key in keys)
        {
            var slot = Find(key);
            if (_keys[slot] == 0)
            {
                continue;
            }

            var start = _blockStart[slot];
            var end = start + _blockCount[slot];
            for (var e = start; e < end; e++)
            {
                scores[_classes[e]] += _weights[e];
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="classId"/> for every feature, at time <paramref name="time"/>.</summary>
    public void Update(ReadOnlySpan<uint> keys, int classId, float delta, int time)
    {
        foreach (var key in keys)
        {
            var slot = Find(key);
            if (_keys[slot] == 0)
            {
                _keys[slot] = key;
                _featureCount++;
                if (_featureCount * 2 > _keys.Length)
                {
                    Rehash();
                    slot = Find(key);
                }
            }

            var start = _blockStart[slot];
            var end = start + _blockCount[slot];
            var entry = start;
            while (entry < end && _classes[entry] != classId)
            {
                entry++;
            }

            if (entry == end)
            {
                entry = AddEntry(slot, classId, time);
            }

            _totals[entry] += (double)_weights[entry] * (time - _stamps[entry]);
            _stamps[entry] = time;
            _weights[entry] += delta;
        }
    }

    /// <summary>
    /// Averages the weights at <paramref name="time"/>, drops those smaller than <paramref name="pruneBelow"/>
    /// in magnitude, and builds the read-only model (features sorted by key, entries by class).
    /// </summary>
    public ParserModel ToModel(IReadOnlyList<string> labels, int time, float pruneBelow)
    {
        var slots = new List<int>(_featureCount);
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                slots.Add(slot);
            }
        }

        slots.Sort((a, b) => _keys[a].CompareTo(_keys[b]));
        var keys = new List<uint>();
        var counts = new List<byte>();
        var classes = new List<byte>();
        var weights = new List<Half>();
        var run = new List<(byte Class, Half Weight)>(_classCount);
        foreach (var slot in slots)
        {
            run.Clear();
            var start = _blockStart[slot];
            for (var e = start; e < start + _blockCount[slot]; e++)
            {
                var average = (_totals[e] + ((double)_weights[e] * (time - _stamps[e]))) / time;
                var half = (Half)average;
                // Pruning looks at the stored (half) value so that pruning a saved model again gives the same file.
                if (Math.Abs((float)half) >= pruneBelow && half != Half.Zero)
                {
                    run.Add((_classes[e], half));
                }
            }

            if (run.Count == 0)
            {
                continue;
            }

            run.Sort((a, b) => a.Class.CompareTo(b.Class));
            keys.Add(_keys[slot]);
            counts.Add((byte)run.Count);
            foreach (var (classId, weight) in run)
            {
                classes.Add(classId);
                weights.Add(weight);
            }
        }

        return new ParserModel(labels, [.. keys], [.. counts], [.. classes], [.. weights]);
    }

    private int Find(uint key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(key * 0x9E37_79B1u >> 8) & mask;
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>
    /// Adds a class to a feature's block. Blocks double when full and move to the end of the arrays, so a
    /// feature's entries stay contiguous and scoring reads them sequentially.
    /// </summary>
    private int AddEntry(int slot, int classId, int time)
    {
        int count = _blockCount[slot], capacity = _blockCapacity[slot];
        if (count == capacity)
        {
            var newCapacity = Math.Min(_classCount, Math.Max(2, capacity * 2));
            EnsureEntryCapacity(_entryEnd + newCapacity);
            var oldStart = _blockStart[slot];
            var newStart = _entryEnd;
            Array.Copy(_classes, oldStart, _classes, newStart, count);
            Array.Copy(_weights, oldStart, _weights, newStart, count);
            Array.Copy(_totals, oldStart, _totals, newStart, count);
            Array.Copy(_stamps, oldStart, _stamps, newStart, count);
            _blockStart[slot] = newStart;
            _blockCapacity[slot] = (byte)newCapacity;
            _entryEnd += newCapacity;
        }

        var entry = _blockStart[slot] + count;
        _blockCount[slot] = (byte)(count + 1);
        _classes[entry] = (byte)classId;
        _weights[entry] = 0;
        _totals[entry] = 0;
        _stamps[entry] = time;
        return entry;
    }

    private void EnsureEntryCapacity(int size)
    {
        if (size <= _classes.Length)
        {
            return;
        }

        var newSize = Math.Max(size, _classes.Length * 2);
        Array.Resize(ref _classes, newSize);
        Array.Resize(ref _weights, newSize);
        Array.Resize(ref _totals, newSize);
        Array.Resize(ref _stamps, newSize);
    }

    private void Rehash()
    {
        var oldKeys = _keys;
        var oldStart = _blockStart;
        var oldCount = _blockCount;
        var oldCapacity = _blockCapacity;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)oldKeys.Length * 2);
        _keys = new uint[size];
        _blockStart = new int[size];
        _blockCount = new byte[size];
        _blockCapacity = new byte[size];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                var slot = Find(oldKeys[i]);
                _keys[slot] = oldKeys[i];
                _blockStart[slot] = oldStart[i];
                _blockCount[slot] = oldCount[i];
                _blockCapacity[slot] = oldCapacity[i];
            }
        }
    }
}
