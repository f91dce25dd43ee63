using Entente.Actors;
using Entente.Pipeline;

namespace Entente.Quotes;

/// <summary>
/// Finds direct and partial quotations and attributes each to its speaker: the person nearest a speech cue
/// in the same sentence ("Putin praised the deal as a "real breakthrough""), or, for "he"/"his", the person
/// last named. Quotation marks without a speech cue are scare quotes: kept with a null speaker.
/// </summary>
public sealed class QuoteStage : IExtractionStage
{
    private static readonly HashSet<string> SpeechCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "wrote", "writes", "stated", "states",
        "hailed", "hailing", "hails", "praised", "praising", "praises", "acknowledged", "acknowledging", "acknowledges",
        "called", "calling", "calls", "described", "describing", "describes", "declared", "declaring", "warned", "warning",
        "insisted", "noted", "stressed", "asserted", "assertion", "statement", "remarks", "cited", "citing", "cites",
        "expressed", "expressing", "announced", "announcing", "claimed", "claiming", "argued", "vowed", "pledged", "urged",
        "according", "posted", "posting", "tweeted", "quoted",
    };

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "his", "she", "her", "him", "himself", "herself" };

    /// <inheritdoc />
    public void Process(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var text = extraction.Article.Text;
        var mentionsBySentence = extraction.Mentions.ToLookup(m => m.Sentence);
        ActorRef? lastPerson = null;
        foreach (var sentence in extraction.Document.Sentences)
        {
            var mentions = mentionsBySentence[sentence.Index].OrderBy(m => m.Start).ToList();
            foreach (var (start, end) in QuotedSpans(text, sentence.Start, sentence.End))
            {
                var speaker = FindSpeaker(sentence, mentions, start, end, lastPerson, out var rule);
                extraction.Quotes.Add(new Quote
                {
                    Text = text[start..end],
                    Start = start,
                    End = end,
                    Sentence = sentence.Index,
                    Speaker = speaker,
                    Rule = rule,
                });
            }

            foreach (var mention in mentions)
            {
                if (mention.Actor.Kind == ActorKind.Person)
                {
                    lastPerson = mention.Actor;
                }
            }
        }
    }

    private static ActorRef? FindSpeaker(Language.Sentence sentence, List<Mention> mentions, int quoteStart, int quoteEnd, ActorRef? lastPerson, out string? rule)
    {
        rule = null;
        var tokens = sentence.Tokens;
        var cue = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start >= quoteStart - 1 && tokens[i].End <= quoteEnd + 1)
            {
                continue;
            }

            if (SpeechCues.Contains(tokens[i].Text))
            {
                var distance = tokens[i].End <= quoteStart ? quoteStart - tokens[i].End : tokens[i].Start - quoteEnd;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    cue = i;
                }
            }
        }

        if (cue < 0)
        {
            return null;
        }

        if (SpeakerFromParse(sentence, mentions, cue, lastPerson) is { } parsed)
        {
            rule = "quote:cue-subject";
            return parsed;
        }

        // The speaker is the person nearest the cue, outside the quotation itself.
        Mention? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var mention in mentions)
        {
            if (mention.Start >= quoteStart && mention.End <= quoteEnd)
            {
                continue;
            }

            if (mention.Actor.Kind is not (ActorKind.Person or ActorKind.StateAgency or ActorKind.InternationalOrganization or ActorKind.ArmedGroup))
            {
                continue;
            }

            // People speak; a government or group speaks only when no person stands nearer the cue.
            var distance = Math.Abs(mention.HeadToken - cue) + (mention.Actor.Kind == ActorKind.Person ? 0 : tokens.Length);
            if (distance < nearestDistance)
            {
                nearestDistance = distance;
                nearest = mention;
            }
        }

        var pronoun = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (PersonalPronouns.Contains(tokens[i].Text) && tokens[i].End <= quoteStart)
            {
                pronoun = i;
                break;
            }
        }

        if (nearest is not null && (pronoun < 0 || nearestDistance <= Math.Abs(pronoun - cue) || lastPerson is null))
        {
            rule = "quote:cue+mention";
            return nearest.Actor;
        }

        if (pronoun >= 0 && lastPerson is not null)
        {
            rule = "quote:cue+pronoun";
            return lastPerson;
        }

        return null;
    }

    /// <summary>
    /// The speaker as the parse gives it: the subject of the speech verb (climbing from "hailing" to the verb it
    /// hangs on), or the possessor of a speech noun ("Putin's assertion", "his statement").
    /// </summary>
    private static ActorRef? SpeakerFromParse(Language.Sentence sentence, List<Mention> mentions, int cue, ActorRef? lastPerson)
    {
        if (!sentence.Tokens.Any(t => t.DepRel is not null))
        {
            return null;
        }

        var graph = new Events.Coding.SentenceGraph(sentence, mentions);
        var node = cue;
        for (var steps = 0; steps < 3; steps++)
        {
            var speaker = graph.Child(node, "nsubj") is var subject and >= 0 ? subject : graph.Child(node, "nmod:poss");
            if (speaker >= 0)
            {
                if (graph.Lower(speaker) is "he" or "his" or "she" or "her")
                {
                    return lastPerson;
                }

                var found = graph.ArgumentMentions(speaker);
                return found.Count > 0 ? found[0].Actor : null;
            }

            if (graph.Relation(node) is not ("advcl" or "xcomp" or "conj" or "acl") || graph.Tokens[node].Head < 0)
            {
                return null;
            }

            node = graph.Tokens[node].Head;
        }

        return null;
    }

    /// <summary>Spans inside straight or curly double quotes within one sentence, without the marks and trailing commas.</summary>
    private static IEnumerable<(int Start, int End)> QuotedSpans(string text, int from, int to)
    {
        var open = -1;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            var isOpen = c == '“' || (c == '"' && open < 0);
            var isClose = c == '”' || (c == '"' && open >= 0);
            if (isOpen && open < 0)
            {
                open = i + 1;
            }
            else if (isClose && open >= 0)
            {
                var end = i;
                while (end > open && text[end - 1] is ',' or '.' or ' ')
                {
                    end--;
                }

                if (end > open)
                {
                    yield return (open, end);
                }

                open = -1;
            }
        }
    }
}
