namespace Entente.Language.Parsing;

/// <summary>
/// Feature templates in the style of Zhang and Nivre (2011), adapted to arc-hybrid (the second stack item
/// plays the role the head of the stack top plays in arc-eager): words and tags of the top three stack items
/// and first three buffer items, their pairs and triples, distance, valency, the outermost dependents and
/// their labels, and the label sets of the dependents.
/// </summary>
/// <remarks>
/// Template ids are hash seeds and stay fixed. Ids 13, 14, 15, 17, 26, 52, 63, 64, 71, 87, 88, 94 and 95 were dropped on
/// 2026-12-02: leaving any one of them out of the 97 at parse time did not lower LAS on EWT dev with predicted tags
/// (`bench … parser-profile ablate MODEL`), and each template is a weight look-up, mostly a cache miss, per
/// transition. Dropping the 25 that cost at most 0.03 each lost 0.35 LAS once retrained (models/parser/README.md).
/// </remarks>
internal static class ParserFeatures
{
    /// <summary>Number of feature keys <see cref="Extract"/> writes.</summary>
    public const int Count = 84;

    /// <summary>Writes the feature keys of a configuration into <paramref name="keys"/> (length ≥ <see cref="Count"/>).</summary>
    public static void Extract(ParserState state, Span<uint> keys)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var s2 = state.Stack(2);
        var n0 = state.Buffer(0);
        var n1 = state.Buffer(1);
        var n2 = state.Buffer(2);

        uint s0w = state.Word(s0), s0p = state.Tag(s0), s0u = state.UniversalTag(s0);
        uint s1w = state.Word(s1), s1p = state.Tag(s1), s1u = state.UniversalTag(s1);
        uint s2w = state.Word(s2), s2p = state.Tag(s2);
        uint n0w = state.Word(n0), n0p = state.Tag(n0), n0u = state.UniversalTag(n0);
        uint n1w = state.Word(n1), n1p = state.Tag(n1);
        uint n2w = state.Word(n2), n2p = state.Tag(n2);

        int s0l1 = state.Leftmost(s0), s0l2 = state.SecondLeftmost(s0);
        int s0r1 = state.Rightmost(s0), s0r2 = state.SecondRightmost(s0);
        int s1l1 = state.Leftmost(s1), s1r1 = state.Rightmost(s1);
        int n0l1 = state.Leftmost(n0), n0l2 = state.SecondLeftmost(n0);

        uint s0l1p = state.Tag(s0l1), s0l2p = state.Tag(s0l2), s0r1p = state.Tag(s0r1), s0r2p = state.Tag(s0r2);
        uint s1l1p = state.Tag(s1l1), s1r1p = state.Tag(s1r1), n0l1p = state.Tag(n0l1), n0l2p = state.Tag(n0l2);

        var distance = Distance(s0, n0, state.Length);
        var stackDistance = Distance(s1, s0, int.MaxValue);

        // The word-tag pair of a position is hashed once and reused by several templates.
        var s0wp = FeatureHash.Feature(1000, s0w, s0p);
        var s1wp = FeatureHash.Feature(1000, s1w, s1p);
        var n0wp = FeatureHash.Feature(1000, n0w, n0p);

        var i = 0;
        keys[i++] = FeatureHash.Feature(0, 0);

        // Single positions.
        keys[i++] = FeatureHash.Feature(1, s0wp);
        keys[i++] = FeatureHash.Feature(2, s0w);
        keys[i++] = FeatureHash.Feature(3, s0p);
        keys[i++] = FeatureHash.Feature(4, n0wp);
        keys[i++] = FeatureHash.Feature(5, n0w);
        keys[i++] = FeatureHash.Feature(6, n0p);
        keys[i++] = FeatureHash.Feature(7, n1w, n1p);
        keys[i++] = FeatureHash.Feature(8, n1w);
        keys[i++] = FeatureHash.Feature(9, n1p);
        keys[i++] = FeatureHash.Feature(10, n2w, n2p);
        keys[i++] = FeatureHash.Feature(11, n2w);
        keys[i++] = FeatureHash.Feature(12, n2p);
        keys[i++] = FeatureHash.Feature(16, s2p);
        keys[i++] = FeatureHash.Feature(18, s0u);
        keys[i++] = FeatureHash.Feature(19, n0u);
        keys[i++] = FeatureHash.Feature(20, s1u);
        keys[i++] = FeatureHash.Feature(21, state.Suffix(s0), s0u);
        keys[i++] = FeatureHash.Feature(22, state.Suffix(n0), n0u);

        // Pairs of the stack top and the buffer front, and of the two stack tops.
        keys[i++] = FeatureHash.Feature(23, s0wp, n0wp);
        keys[i++] = FeatureHash.Feature(24, s0wp, n0w);
        keys[i++] = FeatureHash.Feature(25, s0w, n0wp);
        keys[i++] = FeatureHash.Feature(27, s0p, n0wp);
        keys[i++] = FeatureHash.Feature(28, s0w, n0w);
        keys[i++] = FeatureHash.Feature(29, s0p, n0p);
        keys[i++] = FeatureHash.Feature(30, n0p, n1p);
        keys[i++] = FeatureHash.Feature(31, s1w, s0w);
        keys[i++] = FeatureHash.Feature(32, s1p, s0p);
        keys[i++] = FeatureHash.Feature(33, s1wp, s0p);
        keys[i++] = FeatureHash.Feature(34, s1p, s0wp);
        keys[i++] = FeatureHash.Feature(35, s1u, s0u, n0u);
        keys[i++] = FeatureHash.Feature(36, s1wp, s0wp);
        keys[i++] = FeatureHash.Feature(37, s1p, n0p);
        keys[i++] = FeatureHash.Feature(38, s1w, n0w);

        // Triples.
        keys[i++] = FeatureHash.Feature(39, n0p, n1p, n2p);
        keys[i++] = FeatureHash.Feature(40, s0p, n0p, n1p);
        keys[i++] = FeatureHash.Feature(41, s1p, s0p, n0p);
        keys[i++] = FeatureHash.Feature(42, s0p, s0l1p, n0p);
        keys[i++] = FeatureHash.Feature(43, s0p, s0r1p, n0p);
        keys[i++] = FeatureHash.Feature(44, s0p, n0p, n0l1p);
        keys[i++] = FeatureHash.Feature(45, s1p, s0p, s0l1p);
        keys[i++] = FeatureHash.Feature(46, s1p, s0p, s0r1p);
        keys[i++] = FeatureHash.Feature(47, s1p, s1r1p, s0p);
        keys[i++] = FeatureHash.Feature(48, s2p, s1p, s0p);
        keys[i++] = FeatureHash.Feature(49, s1p, s1l1p, s0p);
        keys[i++] = FeatureHash.Feature(50, s0w, n0p, n1p);
        keys[i++] = FeatureHash.Feature(51, s0p, n0w, n1p);

        // Distance.
        keys[i++] = FeatureHash.Feature(53, s0p, distance);
        keys[i++] = FeatureHash.Feature(54, n0w, distance);
        keys[i++] = FeatureHash.Feature(55, n0p, distance);
        keys[i++] = FeatureHash.Feature(56, s0w, n0w, distance);
        keys[i++] = FeatureHash.Feature(57, s0p, n0p, distance);
        keys[i++] = FeatureHash.Feature(58, s1p, s0p, stackDistance);
        keys[i++] = FeatureHash.Feature(59, s1w, s0w, stackDistance);

        // Valency.
        keys[i++] = FeatureHash.Feature(60, s0w, state.RightValency(s0));
        keys[i++] = FeatureHash.Feature(61, s0p, state.RightValency(s0));
        keys[i++] = FeatureHash.Feature(62, s0w, state.LeftValency(s0));
        keys[i++] = FeatureHash.Feature(65, n0p, state.LeftValency(n0));
        keys[i++] = FeatureHash.Feature(66, s1p, state.RightValency(s1));
        keys[i++] = FeatureHash.Feature(67, s1p, state.LeftValency(s1));

        // Outermost dependents.
        keys[i++] = FeatureHash.Feature(68, state.Word(s0l1));
        keys[i++] = FeatureHash.Feature(69, s0l1p);
        keys[i++] = FeatureHash.Feature(70, state.Label(s0l1));
        keys[i++] = FeatureHash.Feature(72, s0r1p);
        keys[i++] = FeatureHash.Feature(73, state.Label(s0r1));
        keys[i++] = FeatureHash.Feature(74, state.Word(n0l1));
        keys[i++] = FeatureHash.Feature(75, n0l1p);
        keys[i++] = FeatureHash.Feature(76, state.Label(n0l1));
        keys[i++] = FeatureHash.Feature(77, state.Word(s1r1));
        keys[i++] = FeatureHash.Feature(78, s1r1p);
        keys[i++] = FeatureHash.Feature(79, state.Label(s1r1));
        keys[i++] = FeatureHash.Feature(80, state.Label(s1l1));
        keys[i++] = FeatureHash.Feature(81, state.Word(s0l2));
        keys[i++] = FeatureHash.Feature(82, s0l2p);
        keys[i++] = FeatureHash.Feature(83, state.Label(s0l2));
        keys[i++] = FeatureHash.Feature(84, state.Word(s0r2));
        keys[i++] = FeatureHash.Feature(85, s0r2p);
        keys[i++] = FeatureHash.Feature(86, state.Label(s0r2));
        keys[i++] = FeatureHash.Feature(89, s0p, s0r1p, s0r2p);
        keys[i++] = FeatureHash.Feature(90, n0p, n0l1p, n0l2p);

        // Label sets of the dependents.
        keys[i++] = FeatureHash.Feature(91, s0w, state.RightLabelSet(s0));
        keys[i++] = FeatureHash.Feature(92, s0p, state.RightLabelSet(s0));
        keys[i++] = FeatureHash.Feature(93, s0w, state.LeftLabelSet(s0));
        keys[i++] = FeatureHash.Feature(96, n0p, state.LeftLabelSet(n0));
    }

    /// <summary>Bucketed distance 1, 2, 3, 4, 5–9, 10+; a separate value when either end is missing or the root.</summary>
    private static uint Distance(int left, int right, int root)
    {
        if (left < 0 || right < 0)
        {
            return 100;
        }

        if (right == root)
        {
            return 101;
        }

        var d = right - left;
        return d switch
        {
            <= 4 => (uint)d,
            < 10 => 5,
            _ => 6,
        };
    }
}
