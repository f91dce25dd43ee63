using System.Text;
using Entente.Language.Tokenization;
using Xunit.Abstractions;

namespace Entente.Tests.Language.Tokenization;

public sealed class GumSentenceSplitTests
{
    private readonly ITestOutputHelper _output;

    public GumSentenceSplitTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Rebuilds the GUM dev documents (sentences of a paragraph joined by a space, paragraphs by a line break)
    /// and returns each text with the offsets where its gold sentences end.
    /// </summary>
    private static List<(string Text, HashSet<int> Ends)> GumDevDocuments()
    {
        var documents = new List<(string Text, HashSet<int> Ends)>();
        var text = new StringBuilder();
        var ends = new HashSet<int>();
        string? sentence = null;
        var newParagraph = false;
        foreach (var line in File.ReadLines(RepoPaths.InShared("data", "train", "ud-english-gum-ccby", "en_gum-ud-dev.ccby-subset.conllu")).Append(string.Empty))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                if (text.Length > 0)
                {
                    documents.Add((text.ToString(), ends));
                }

                text.Clear();
                ends = [];
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                newParagraph = true;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentence = line[9..];
            }
            else if (line.Length == 0 && sentence is not null)
            {
                if (text.Length > 0)
                {
                    text.Append(newParagraph ? '\n' : ' ');
                }

                text.Append(sentence);
                ends.Add(text.Length);
                sentence = null;
                newParagraph = false;
            }
        }

        if (text.Length > 0)
        {
            documents.Add((text.ToString(), ends));
        }

        return documents;
    }

    [Fact]
    public void SentenceEndsAgreeWithGumDevOnAtLeast95Percent()
    {
        var tokenizer = new Tokenizer();
        var (matched, gold, predicted) = (0, 0, 0);
        var documents = GumDevDocuments();
        documents.Count.ShouldBeGreaterThan(10);
        foreach (var (text, ends) in documents)
        {
            var ours = tokenizer.Split(text).Select(s => s.End).ToHashSet();
            matched += ours.Count(ends.Contains);
            gold += ends.Count;
            predicted += ours.Count;
        }

        var precision = (double)matched / predicted;
        var recall = (double)matched / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        _output.WriteLine($"GUM dev sentence ends: P={precision:P2} R={recall:P2} F1={f1:P2} ({gold} gold, {predicted} predicted)");
        f1.ShouldBeGreaterThan(0.95);
    }
}
