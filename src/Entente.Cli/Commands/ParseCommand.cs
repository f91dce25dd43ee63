using System.CommandLine;
using System.Globalization;
using System.Text;
using Entente.Cli.Infrastructure;
using Entente.Documents;
using Entente.Ingest;
using Entente.Language;
using Entente.Language.Conllu;
using Entente.Language.Tokenization;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente parse</c>: raw text (or CoNLL-U, keeping its sentences and words) through the language core,
/// written as CoNLL-U with UPOS, XPOS, LEMMA, HEAD, DEPREL and the entity tag in MISC (<c>NER=B-PER</c>).
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var fileArgument = new Argument<string?>("file") { Description = "Input file; standard input when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var formatOption = new Option<string>("--input-format") { Description = "text or conllu.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "conllu");

        var command = new Command("parse", "Tag, lemmatise, parse and find entities in text or CoNLL-U; write CoNLL-U.");
        command.Arguments.Add(fileArgument);
        command.Options.Add(formatOption);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var file = parseResult.GetValue(fileArgument);
            if (file is not null && !File.Exists(file))
            {
                await streams.Error.WriteLineAsync($"entente parse: {file}: no such file.");
                return 2;
            }

            using var input = file is null ? null : new StreamReader(file);
            var reader = input ?? streams.In;
            try
            {
                if (parseResult.GetValue(formatOption) == "conllu")
                {
                    foreach (var sentence in ConlluReader.Read(reader, file ?? "stdin"))
                    {
                        var tokens = AnalyzeGivenWords(sentence.Tokens.Select(t => t.Form).ToArray());
                        Write(streams.Out, sentence.Comments, tokens, sentence.Tokens);
                    }
                }
                else
                {
                    var text = await reader.ReadToEndAsync(cancellationToken);
                    var document = DefaultPipeline.Instance.Analyze(new Article(text));
                    foreach (var sentence in document.Sentences)
                    {
                        Write(streams.Out, ["text = " + sentence.TextOf(text).ReplaceLineEndings(" ")], sentence.Tokens, null);
                    }
                }
            }
            catch (FormatException exception)
            {
                await streams.Error.WriteLineAsync($"entente parse: {exception.Message}");
                return 1;
            }

            return 0;
        });
        return command;
    }

    /// <summary>Runs the language stages after tokenisation over words given from outside (gold tokenisation).</summary>
    internal static Token[] AnalyzeGivenWords(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var tokens = new Token[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(words[i], offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        var document = new AnalyzedDocument(new Article(text));
        document.Sentences.Add(new Sentence(0, 0, text.Length, tokens));
        foreach (var stage in DefaultPipeline.Instance.DocumentStages)
        {
            if (stage is not (TokenizerStage or BoilerplateStage))
            {
                stage.Process(document);
            }
        }

        return tokens;
    }

    /// <summary>Writes one sentence; FEATS and MISC come from the input words when there are any, with NER set from the tokens.</summary>
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
            line.Append(Misc(words?[i].Misc, token.Ner));
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    private static string Misc(string? given, string? ner)
    {
        var parts = (given is null or "_" ? [] : given.Split('|')).Where(p => !p.StartsWith("NER=", StringComparison.Ordinal)).ToList();
        if (ner is not null)
        {
            parts.Add("NER=" + ner);
        }

        return parts.Count == 0 ? "_" : string.Join('|', parts);
    }
}
