using Entente.Actors.KnowledgeBase;
using Entente.Language;

namespace Entente.Actors.Resolution;

/// <summary>
/// The knowledge base's matches at each token of the sentence being read, computed once: the stage's readers try
/// the same positions several times over (a title reader, the counterpart reader and the plain look-up all start
/// with "is a country or person named here?"), and that look-up was most of the stage's time.
/// </summary>
/// <remarks>
/// One per thread. Look-ups on other token sequences than the current sentence, or dated other than it, go to the
/// knowledge base directly; the knowledge base is read-only, so a cached answer is the answer.
/// </remarks>
internal sealed class SentenceMatchCache
{
    [ThreadStatic]
    private static SentenceMatchCache? _current;

    private const byte Unknown = 0;
    private const byte Missing = 1;
    private const byte Found = 2;

    private ActorKnowledgeBase? _knowledgeBase;
    private Token[]? _tokens;
    private DateOnly? _on;
    private byte[] _datedStates = [];
    private KbMatch[] _dated = [];
    private byte[] _undatedStates = [];
    private KbMatch[] _undated = [];
    private byte[] _agentStates = [];
    private AgentMatch[] _agents = [];

    /// <summary>The calling thread's cache as last set by <see cref="For"/>.</summary>
    public static SentenceMatchCache Current => _current ?? throw new InvalidOperationException("No sentence is being read on this thread.");

    /// <summary>The calling thread's cache, set to read <paramref name="tokens"/> dated <paramref name="on"/>.</summary>
    public static SentenceMatchCache For(ActorKnowledgeBase knowledgeBase, Token[] tokens, DateOnly? on)
    {
        var cache = _current ??= new SentenceMatchCache();
        cache._knowledgeBase = knowledgeBase;
        cache._tokens = tokens;
        cache._on = on;
        if (cache._datedStates.Length < tokens.Length)
        {
            var size = Math.Max(tokens.Length, cache._datedStates.Length * 2);
            cache._datedStates = new byte[size];
            cache._dated = new KbMatch[size];
            cache._undatedStates = new byte[size];
            cache._undated = new KbMatch[size];
            cache._agentStates = new byte[size];
            cache._agents = new AgentMatch[size];
        }
        else
        {
            Array.Clear(cache._datedStates, 0, tokens.Length);
            Array.Clear(cache._undatedStates, 0, tokens.Length);
            Array.Clear(cache._agentStates, 0, tokens.Length);
        }

        return cache;
    }

    /// <summary>As <see cref="ActorKnowledgeBase.TryMatch"/>.</summary>
    public bool TryMatch(ReadOnlySpan<Token> tokens, int start, DateOnly? on, out KbMatch match)
    {
        var knowledgeBase = _knowledgeBase!;
        if (!IsCurrent(tokens, start) || (on is not null && on != _on))
        {
            return knowledgeBase.TryMatch(tokens, start, on, out match);
        }

        var (states, matches) = on is null ? (_undatedStates, _undated) : (_datedStates, _dated);
        if (states[start] == Unknown)
        {
            states[start] = knowledgeBase.TryMatch(tokens, start, on, out matches[start]) ? Found : Missing;
        }

        match = matches[start];
        return states[start] == Found;
    }

    /// <summary>As <see cref="ActorKnowledgeBase.TryMatchAgent"/>.</summary>
    public bool TryMatchAgent(ReadOnlySpan<Token> tokens, int start, out AgentMatch match)
    {
        var knowledgeBase = _knowledgeBase!;
        if (!IsCurrent(tokens, start))
        {
            return knowledgeBase.TryMatchAgent(tokens, start, out match);
        }

        if (_agentStates[start] == Unknown)
        {
            _agentStates[start] = knowledgeBase.TryMatchAgent(tokens, start, out _agents[start]) ? Found : Missing;
        }

        match = _agents[start];
        return _agentStates[start] == Found;
    }

    private bool IsCurrent(ReadOnlySpan<Token> tokens, int start) =>
        _tokens is { } current && tokens.Length == current.Length && (uint)start < (uint)current.Length
        && tokens.Overlaps(current, out var offset) && offset == 0;
}
