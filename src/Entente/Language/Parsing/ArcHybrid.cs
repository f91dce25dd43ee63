namespace Entente.Language.Parsing;

/// <summary>
/// The class space of the parser and the choice of the best legal class. Class 0 is shift, classes
/// 1..L are left-arc with label 0..L-1, classes L+1..2L are right-arc with label 0..L-1. The root label is
/// legal only for the arc into the pseudo-root, and that arc only when one item is left on the stack, which
/// gives every sentence exactly one root.
/// </summary>
internal static class ArcHybrid
{
    /// <summary>The class of a transition with a label.</summary>
    public static int ClassOf(Transition transition, int label, int labelCount) => transition switch
    {
        Transition.Shift => 0,
        Transition.Left => 1 + label,
        _ => 1 + labelCount + label,
    };

    /// <summary>The transition of a class.</summary>
    public static Transition TransitionOf(int classId, int labelCount) =>
        classId == 0 ? Transition.Shift : classId <= labelCount ? Transition.Left : Transition.Right;

    /// <summary>The label of an arc class.</summary>
    public static int LabelOf(int classId, int labelCount) => classId <= labelCount ? classId - 1 : classId - 1 - labelCount;

    /// <summary>True when the class may be applied to the state.</summary>
    public static bool IsLegal(ParserState state, int classId, int labelCount, int rootLabel)
    {
        var transition = TransitionOf(classId, labelCount);
        if (!state.IsLegal(transition))
        {
            return false;
        }

        if (transition == Transition.Shift)
        {
            return true;
        }

        var toRoot = transition == Transition.Left && state.BufferFront == state.Length;
        return toRoot == (LabelOf(classId, labelCount) == rootLabel);
    }

    /// <summary>The highest-scoring legal class; ties go to the lowest class id so decoding is deterministic.</summary>
    public static int BestLegal(ParserState state, ReadOnlySpan<float> scores, int labelCount, int rootLabel)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        if (state.IsLegal(Transition.Shift))
        {
            best = 0;
            bestScore = scores[0];
        }

        if (state.IsLegal(Transition.Left))
        {
            if (state.BufferFront == state.Length)
            {
                var rootClass = 1 + rootLabel;
                if (best < 0 || scores[rootClass] > bestScore)
                {
                    best = rootClass;
                    bestScore = scores[rootClass];
                }
            }
            else
            {
                Consider(scores, 1, labelCount, rootLabel, ref best, ref bestScore);
            }
        }

        if (state.IsLegal(Transition.Right))
        {
            Consider(scores, 1 + labelCount, labelCount, rootLabel, ref best, ref bestScore);
        }

        return best;
    }

    private static void Consider(ReadOnlySpan<float> scores, int first, int labelCount, int rootLabel, ref int best, ref float bestScore)
    {
        for (var label = 0; label < labelCount; label++)
        {
            if (label == rootLabel)
            {
                continue;
            }

            var score = scores[first + label];
            if (best < 0 || score > bestScore)
            {
                best = first + label;
                bestScore = score;
            }
        }
    }
}
