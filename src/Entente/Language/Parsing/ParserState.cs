namespace Entente.Language.Parsing;

/// <summary>
/// An arc-hybrid configuration over one sentence: a stack, a buffer front and the arcs built so far, plus the
/// per-token hashes the feature templates read. The pseudo-root sits at the end of the buffer (index n), so it
/// takes its single dependent last. Arrays grow to the longest sentence seen and are reused, which keeps the
/// parse loop free of allocation.
/// </summary>
internal sealed class ParserState
{
    /// <summary>Marks an absent position (empty stack slot, missing child, no head yet).</summary>
    public const int None = -1;

    private const uint RootWord = 0x2F6B_1A55;
    private const uint RootTag = 0x5A17_C0DE;

    private int[] _stack = new int[64];
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private int[] _leftmost = new int[64];
    private int[] _secondLeftmost = new int[64];
    private int[] _rightmost = new int[64];
    private int[] _secondRightmost = new int[64];
    private int[] _leftCount = new int[64];
    private int[] _rightCount = new int[64];
    private ulong[] _leftLabels = new ulong[64];
    private ulong[] _rightLabels = new ulong[64];
    private uint[] _words = new uint[64];
    private uint[] _tags = new uint[64];
    private uint[] _universalTags = new uint[64];
    private uint[] _suffixes = new uint[64];

    /// <summary>Number of real tokens; the pseudo-root has this index.</summary>
    public int Length { get; private set; }

    /// <summary>Number of items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>Index of the first buffer item (equal to <see cref="Length"/> when only the root is left).</summary>
    public int BufferFront { get; private set; }

    /// <summary>True when every token has its head.</summary>
    public bool IsTerminal => StackCount == 0 && BufferFront == Length;

    /// <summary>Heads assigned so far (index <see cref="Length"/> is the root).</summary>
    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);

    /// <summary>Label ids assigned so far.</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    /// <summary>The i-th stack item from the top (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : None;

    /// <summary>The i-th buffer item (0 = front), the root index for the end, or <see cref="None"/> past it.</summary>
    public int Buffer(int offset)
    {
        var index = BufferFront + offset;
        return index <= Length ? index : None;
    }

    /// <summary>True when token <paramref name="index"/> is on the stack (used by the oracle).</summary>
    public bool IsOnStack(int index)
    {
        for (var i = 0; i < StackCount; i++)
        {
            if (_stack[i] == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts a new sentence: hashes each token's word and tags once.</summary>
    public void Reset(ReadOnlySpan<Token> tokens)
    {
        var n = tokens.Length;
        EnsureCapacity(n + 1);
        Length = n;
        StackCount = 0;
        BufferFront = 0;
        for (var i = 0; i <= n; i++)
        {
            _heads[i] = None;
            _labels[i] = None;
            _leftmost[i] = None;
            _secondLeftmost[i] = None;
            _rightmost[i] = None;
            _secondRightmost[i] = None;
            _leftCount[i] = 0;
            _rightCount[i] = 0;
            _leftLabels[i] = 0;
            _rightLabels[i] = 0;
        }

        for (var i = 0; i < n; i++)
        {
            ref readonly var token = ref tokens[i];
            _words[i] = FeatureHash.Word(token.Text);
            _suffixes[i] = FeatureHash.Suffix(token.Text, 3);
            _universalTags[i] = FeatureHash.Tag(token.Upos);
            _tags[i] = token.Xpos is { Length: > 0 } and not "_" ? FeatureHash.Tag(token.Xpos) : _universalTags[i];
        }

        _words[n] = RootWord;
        _suffixes[n] = RootWord;
        _tags[n] = RootTag;
        _universalTags[n] = RootTag;
    }

    /// <summary>
    /// Applies the one legal transition when there is only one, and says whether it did: with an empty stack only a
    /// shift is legal, and with one word left on the stack and the buffer at the root only its root arc. Scores could
    /// not change the choice, so callers skip them (in right-branching English the stack empties often).
    /// </summary>
    public bool ApplyForced(int rootLabel)
    {
        if (StackCount == 0)
        {
            Apply(Transition.Shift, 0);
            return true;
        }

        if (StackCount == 1 && BufferFront == Length)
        {
            Apply(Transition.Left, rootLabel);
            return true;
        }

        return false;
    }

    /// <summary>Applies a transition with the label of the arc it builds (ignored for shift).</summary>
    public void Apply(Transition transition, int label)
    {
        switch (transition)
        {
            case Transition.Shift:
                _stack[StackCount++] = BufferFront++;
                break;
            case Transition.Left:
                AddArc(BufferFront, _stack[--StackCount], label);
                break;
            case Transition.Right:
                var child = _stack[--StackCount];
                AddArc(_stack[StackCount - 1], child, label);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(transition));
        }
    }

    /// <summary>True when the transition may be applied; keeps exactly one dependent of the root.</summary>
    public bool IsLegal(Transition transition) => transition switch
    {
        Transition.Shift => BufferFront < Length,
        Transition.Left => StackCount >= 1 && (BufferFront < Length || StackCount == 1),
        Transition.Right => StackCount >= 2,
        _ => false,
    };

    /// <summary>Word hash of a position, or a fixed value for <see cref="None"/>.</summary>
    public uint Word(int index) => index < 0 ? FeatureHash.Absent : _words[index];

    /// <summary>Fine (XPOS, else UPOS) tag hash of a position.</summary>
    public uint Tag(int index) => index < 0 ? FeatureHash.Absent : _tags[index];

    /// <summary>Universal tag hash of a position.</summary>
    public uint UniversalTag(int index) => index < 0 ? FeatureHash.Absent : _universalTags[index];

    /// <summary>Lower-cased three-letter suffix hash of a position.</summary>
    public uint Suffix(int index) => index < 0 ? FeatureHash.Absent : _suffixes[index];

    /// <summary>Label of the arc into a position, as a feature value.</summary>
    public uint Label(int index) => index < 0 ? FeatureHash.Absent : (uint)(_labels[index] + 2);

    /// <summary>Leftmost dependent of a position.</summary>
    public int Leftmost(int index) => index < 0 ? None : _leftmost[index];

    /// <summary>Second leftmost dependent of a position.</summary>
    public int SecondLeftmost(int index) => index < 0 ? None : _secondLeftmost[index];

    /// <summary>Rightmost dependent of a position.</summary>
    public int Rightmost(int index) => index < 0 ? None : _rightmost[index];

    /// <summary>Second rightmost dependent of a position.</summary>
    public int SecondRightmost(int index) => index < 0 ? None : _secondRightmost[index];

    /// <summary>Number of left dependents.</summary>
    public uint LeftValency(int index) => index < 0 ? FeatureHash.Absent : (uint)_leftCount[index];

    /// <summary>Number of right dependents.</summary>
    public uint RightValency(int index) => index < 0 ? FeatureHash.Absent : (uint)_rightCount[index];

    /// <summary>Set of labels of the left dependents, folded to 32 bits.</summary>
    public uint LeftLabelSet(int index) => index < 0 ? FeatureHash.Absent : Fold(_leftLabels[index]);

    /// <summary>Set of labels of the right dependents, folded to 32 bits.</summary>
    public uint RightLabelSet(int index) => index < 0 ? FeatureHash.Absent : Fold(_rightLabels[index]);

    private static uint Fold(ulong mask) => (uint)mask ^ (uint)(mask >> 32) * 0x9E37_79B1u;

    private void AddArc(int head, int child, int label)
    {
        _heads[child] = head;
        _labels[child] = label;
        var labelBit = 1UL << (label & 63);
        if (child < head)
        {
            _leftCount[head]++;
            _leftLabels[head] |= labelBit;
            if (_leftmost[head] == None || child < _leftmost[head])
            {
                _secondLeftmost[head] = _leftmost[head];
                _leftmost[head] = child;
            }
            else if (_secondLeftmost[head] == None || child < _secondLeftmost[head])
            {
                _secondLeftmost[head] = child;
            }
        }
        else
        {
            _rightCount[head]++;
            _rightLabels[head] |= labelBit;
            if (_rightmost[head] == None || child > _rightmost[head])
            {
                _secondRightmost[head] = _rightmost[head];
                _rightmost[head] = child;
            }
            else if (_secondRightmost[head] == None || child > _secondRightmost[head])
            {
                _secondRightmost[head] = child;
            }
        }
    }

    private void EnsureCapacity(int size)
    {
        if (_stack.Length >= size)
        {
            return;
        }

        var capacity = Math.Max(size, _stack.Length * 2);
        _stack = new int[capacity];
        _heads = new int[capacity];
        _labels = new int[capacity];
        _leftmost = new int[capacity];
        _secondLeftmost = new int[capacity];
        _rightmost = new int[capacity];
        _secondRightmost = new int[capacity];
        _leftCount = new int[capacity];
        _rightCount = new int[capacity];
        _leftLabels = new ulong[capacity];
        _rightLabels = new ulong[capacity];
        _words = new uint[capacity];
        _tags = new uint[capacity];
        _universalTags = new uint[capacity];
        _suffixes = new uint[capacity];
    }
}
