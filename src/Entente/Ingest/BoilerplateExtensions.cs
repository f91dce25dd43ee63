using Entente.Language;
using Entente.Pipeline;

namespace Entente.Ingest;

/// <summary>Switches boilerplate detection on in a pipeline and lets later stages ask whether a span is boilerplate.</summary>
public static class BoilerplateExtensions
{
    /// <summary>Adds <see cref="BoilerplateStage"/> to the language stages.</summary>
    public static PipelineBuilder UseBoilerplateDetection(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new BoilerplateStage());
        return builder;
    }

    /// <summary>True when the characters [<paramref name="start"/>, <paramref name="end"/>) overlap a boilerplate range.</summary>
    public static bool IsBoilerplate(this AnalyzedDocument document, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var range in document.Boilerplate)
        {
            if (range.Start < end && start < range.End)
            {
                return true;
            }
        }

        return false;
    }
}
