using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Actors.KnowledgeBase;
using Entente.Language;

namespace Entente.Cli.Commands;

/// <summary><c>entente kb</c>: looks names and sector words up in the actor knowledge base.</summary>
internal static partial class KbCommand
{
    public static Command Create()
    {
        var text = new Argument<string[]>("text") { Description = "Text to look names up in; without it, the knowledge base's size and load time are printed.", Arity = ArgumentArity.ZeroOrMore };
        var date = new Option<string?>("--date") { Description = "Date (yyyy-MM-dd) whose roles people are coded by; default: their latest role." };
        var command = new Command("kb", "Look up actors (countries, organisations, armed groups, people with dated roles) and sector words in the actor knowledge base.");
        command.Arguments.Add(text);
        command.Options.Add(date);
        command.SetAction(parseResult =>
        {
            DateOnly? on = null;
            if (parseResult.GetValue(date) is { Length: > 0 } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"--date '{dateText}' is not a yyyy-MM-dd date");
                    return 2;
                }

                on = parsed;
            }

            var watch = Stopwatch.StartNew();
            var kb = ActorKnowledgeBase.Default;
            watch.Stop();
            var words = parseResult.GetValue(text) ?? [];
            if (words.Length == 0)
            {
                Console.WriteLine($"actors {kb.ActorCount}, names {kb.NameCount}, agents {kb.AgentCount}; loaded in {watch.ElapsedMilliseconds} ms");
                return 0;
            }

            var tokens = Tokenize(string.Join(' ', words));
            for (var i = 0; i < tokens.Length; i++)
            {
                if (kb.TryMatch(tokens, i, on, out var match))
                {
                    var actor = match.Actor;
                    Console.WriteLine($"{Span(tokens, i, match.Length)}\t{actor.Code}\t{actor.Kind}\t{actor.Name}\t{match.Rule}\t{actor.Role}");
                    i += match.Length - 1;
                }
                else if (kb.TryMatchAgent(tokens, i, out var agent))
                {
                    Console.WriteLine($"{Span(tokens, i, agent.Length)}\t~{agent.Sector}\tagent\t{agent.Title}");
                    i += agent.Length - 1;
                }
            }

            return 0;
        });
        return command;
    }

    private static string Span(Token[] tokens, int start, int length) =>
        string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Text));

    /// <summary>A plain tokenizer for the command line: words, abbreviations such as "U.S.", possessives split off.</summary>
    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(text))
        {
            tokens.Add(new Token(m.Value, m.Index, m.Index + m.Length));
        }

        return [.. tokens];
    }

    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|['\u2019]s\b|\S")]
    private static partial Regex Word();
}
