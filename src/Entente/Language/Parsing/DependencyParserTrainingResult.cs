namespace Entente.Language.Parsing;

/// <summary>What a training run produced.</summary>
/// <param name="Parser">The trained parser (weights already rounded to the precision of the model file).</param>
/// <param name="BestEpoch">Epoch whose averaged weights were kept.</param>
/// <param name="Dev">Scores on the development file at that epoch, when one was given.</param>
/// <param name="TrainingSentences">Training sentences used.</param>
/// <param name="Elapsed">Wall-clock training time.</param>
public sealed record DependencyParserTrainingResult(DependencyParser Parser, int BestEpoch, AttachmentScores? Dev, int TrainingSentences, TimeSpan Elapsed);
