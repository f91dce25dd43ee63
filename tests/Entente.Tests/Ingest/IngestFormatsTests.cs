using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class IngestFormatsTests
{
    [Theory]
    [InlineData("jsonl", IngestFormat.JsonLines)]
    [InlineData(".MD", IngestFormat.Markdown)]
    [InlineData("atom", IngestFormat.Feed)]
    [InlineData("htm", IngestFormat.Html)]
    [InlineData("text", IngestFormat.Text)]
    public void ParsesFormatNamesAsUsersTypeThem(string name, IngestFormat expected)
    {
        IngestFormats.TryParse(name, out var format).ShouldBeTrue();
        format.ShouldBe(expected);
    }

    [Fact]
    public void RejectsUnknownNamesAndExtensions()
    {
        IngestFormats.TryParse("docx", out _).ShouldBeFalse();
        IngestFormats.FromPath("report.pdf").ShouldBeNull();
        IngestFormats.FromPath("README").ShouldBeNull();
        IngestFormats.FromPath("feeds/world.RSS").ShouldBe(IngestFormat.Feed);
    }
}
