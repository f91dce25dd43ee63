using System.CommandLine;
using System.Globalization;
using System.Text;
using Entente.Language;
using Entente.Language.Conllu;
using Entente.Language.Parsing;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente parse</c>: dependency-parses text and writes CoNLL-U with HEAD and DEPREL filled. With
/// <c>--input-format conllu</c> the given sentences, words and tags are kept and only the trees are replaced;
/// raw text needs a sentence splitter and tokenizer, passed in as <c>textToSentences</c>.
/// </summary>
internal static class ParseCommand
{
    /// <summary>The command without a tokenizer: only CoNLL-U input is accepted.</summary>
    public static Command Create() => Create(null);

    /// <summary>The command with a function that splits raw text into tagged sentences.</summary>
    public static Command Create(Func<string, IEnumerable<Sentence>>? textToSentences)
    {
        var fileArgument = new Argument<string?>("file") { Description = "Input file; standard input when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var formatOption = new Option<string>("--input-format") { Description = "text or conllu.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "conllu");
        var modelOption = new Option<string?>("--model") { Description = "Parser model file (default: the bundled model)." };

        var command = new Command("parse", "Dependency-parse text or CoNLL-U and write CoNLL-U.");
        command.Arguments.Add(fileArgument);
        command.Options.Add(formatOption);
        command.Options.Add(modelOption);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(fileArgument);
            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"File not found: {file}");
                return 2;
            }

            var conllu = parseResult.GetValue(formatOption) == "conllu";
            if (!conllu && textToSentences is null)
            {
                Console.Error.WriteLine("Raw-text input needs the tokenizer, which is not wired into this build yet; use --input-format conllu.");
                return 2;
            }

            var modelPath = parseResult.GetValue(modelOption);
            var parser = modelPath is null ? DependencyParser.Default : DependencyParser.Load(modelPath);
            using var input = file is null ? Console.In : new StreamReader(file);
            var name = file ?? "stdin";
            var output = Console.Out;
            try
            {
                if (conllu)
                {
                    foreach (var sentence in ConlluReader.Read(input, name))
                    {
                        var tokens = DependencyEvaluator.ToTokens(sentence);
                        parser.Parse(tokens);
                        Write(output, sentence.Comments, tokens, sentence.Tokens);
                    }
                }
                else
                {
                    var text = input.ReadToEnd();
                    foreach (var sentence in textToSentences!(text))
                    {
                        parser.Parse(sentence.Tokens);
                        Write(output, ["text = " + sentence.TextOf(text).ReplaceLineEndings(" ")], sentence.Tokens, null);
                    }
                }
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return 1;
            }

            return 0;
        });
        return command;
    }

    /// <summary>Writes one sentence; FEATS and MISC come from the input words when there are any.</summary>
    internal static void Write(TextWriter output, IEnumerable<string> comments, Token[] tokens, IReadOnlyList<ConlluToken>? words)
    {
        var line = new StringBuilder();
        foreach (var comment in comments)
        {
            output.Write("# ");
            output.WriteLine(comment);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"{i + 1}\t{token.Text}\t{token.Lemma ?? "_"}\t{token.Upos ?? "_"}\t{token.Xpos ?? "_"}\t");
            line.Append(words?[i].Feats ?? "_").Append('\t');
            line.Append(CultureInfo.InvariantCulture, $"{token.Head + 1}\t{token.DepRel ?? "_"}\t_\t");
            line.Append(words?[i].Misc ?? "_");
            output.WriteLine(line);
        }

        output.WriteLine();
    }
}
