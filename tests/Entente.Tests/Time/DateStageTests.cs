using Entente.Documents;
using Entente.Language;
using Entente.Pipeline;
using Entente.Time;

namespace Entente.Tests.Time;

public sealed class DateStageTests
{
    [Fact]
    public void The_stage_adds_the_dates_of_every_sentence_but_not_of_boilerplate()
    {
        var (text, published) = DateResolverTests.VoaStory("8011115");
        var document = new AnalyzedDocument(new Article(text) { PublishedOn = published });
        var start = 0;
        for (var end = text.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = text.IndexOf(". ", start, StringComparison.Ordinal))
        {
            document.Sentences.Add(new Sentence(document.Sentences.Count, start, end + 1, []));
            start = end + 2;
        }

        document.Sentences.Add(new Sentence(document.Sentences.Count, start, text.Length, []));
        var thursdaySentence = document.Sentences.First(s => s.TextOf(text).Contains("killed Thursday", StringComparison.Ordinal));
        document.Boilerplate.Add((thursdaySentence.Start, thursdaySentence.End));
        var extraction = new Extraction(document);

        new DateStage().Process(extraction);

        extraction.Dates.ShouldContain(d => d.Text == "Friday" && d.Date == new DateOnly(2025, 3, 14));
        extraction.Dates.ShouldNotContain(d => d.Start >= thursdaySentence.Start && d.End <= thursdaySentence.End);
        DateResolver.Find(text, thursdaySentence.Start, thursdaySentence.End, published).ShouldContain(d => d.Text == "Thursday");
        extraction.Dates.ShouldAllBe(d => text.Substring(d.Start, d.End - d.Start) == d.Text);
    }

    [Fact]
    public void Use_dates_adds_the_stage_to_a_pipeline()
    {
        var pipeline = new PipelineBuilder().UseDates().Build();

        pipeline.ExtractionStages.ShouldHaveSingleItem().ShouldBeOfType<DateStage>();
    }
}
