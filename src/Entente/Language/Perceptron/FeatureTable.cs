namespace Entente.Language.Perceptron;

/// <summary>
/// Maps 64-bit feature hashes to dense row numbers 0..Count-1 in order of first insertion, with open addressing
/// so that a look-up allocates nothing. Row numbers are what <see cref="AveragedPerceptron"/> scores.
/// </summary>
public sealed class FeatureTable
{
    // Key 0 marks an empty slot; a real hash of 0 is stored as EmptyReplacement (one extra collision in 2^64).
    private const ulong EmptyReplacement = 0x9E3779B97F4A7C15UL;
    private ulong[] _keys;
    private int[] _rows;
    private ulong[] _rowKeys;

    /// <summary>Creates an empty table.</summary>
    public FeatureTable(int capacity = 1024)
    {
        var size = TableSizeFor(capacity);
        _keys = new ulong[size];
        _rows = new int[size];
        _rowKeys = new ulong[Math.Max(16, capacity)];
    }

    /// <summary>Number of features held.</summary>
    public int Count { get; private set; }

    /// <summary>The hash of the feature at <paramref name="row"/>.</summary>
    public ulong KeyOf(int row) => _rowKeys[row];

    /// <summary>The row of <paramref name="feature"/>, or -1 when it is unknown.</summary>
    public int Find(ulong feature)
    {
        var key = feature == 0 ? EmptyReplacement : feature;
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (true)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                return _rows[slot];
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The row of <paramref name="feature"/>, adding it as a new last row when unknown.</summary>
    public int Intern(ulong feature)
    {
        var key = feature == 0 ? EmptyReplacement : feature;
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (true)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                return _rows[slot];
            }

            if (stored == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        var row = Count;
        if (row == _rowKeys.Length)
        {
            Array.Resize(ref _rowKeys, row * 2);
        }

        _rowKeys[row] = key;
        _keys[slot] = key;
        _rows[slot] = row;
        Count++;
        if (Count * 2 > _keys.Length)
        {
            Rehash(_keys.Length * 2);
        }

        return row;
    }

    private void Rehash(int size)
    {
        _keys = new ulong[size];
        _rows = new int[size];
        var mask = size - 1;
        for (var row = 0; row < Count; row++)
        {
            var key = _rowKeys[row];
            var slot = Slot(key, mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    private static int TableSizeFor(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        return size;
    }

    // Multiply-shift: the high bits of the product depend on every bit of the key, so probing starts spread out.
    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 33) & mask;
}
