using Entente.Language;
using Entente.Pipeline;

namespace Entente.Ingest;

/// <summary>The language stage that records <see cref="BoilerplateDetector"/>'s ranges in <see cref="AnalyzedDocument.Boilerplate"/>.</summary>
public sealed class BoilerplateStage : IDocumentStage
{
    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var range in BoilerplateDetector.Find(document.Text))
        {
            if (!document.Boilerplate.Contains(range))
            {
                document.Boilerplate.Add(range);
            }
        }
    }
}
