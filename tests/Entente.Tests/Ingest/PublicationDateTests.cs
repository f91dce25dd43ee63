using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2025-03-14 20:30:26Z", 2025, 3, 14)]
    [InlineData("2025-03-14", 2025, 3, 14)]
    [InlineData("2024-10-11T23:30:00-05:00", 2024, 10, 11)]
    [InlineData("2024-10-11T23:30:00.123Z", 2024, 10, 11)]
    [InlineData("Fri, 14 Mar 2025 20:30:26 +0000", 2025, 3, 14)]
    [InlineData("Tue, 25 Jun 2024 18:05:00 GMT", 2024, 6, 25)]
    [InlineData("25 Jun 24 18:05 EST", 2024, 6, 25)]
    [InlineData("March 14, 2025", 2025, 3, 14)]
    [InlineData("14 March 2025", 2025, 3, 14)]
    [InlineData("20240105", 2024, 1, 5)]
    [InlineData("2024-10-11T23:30:00+0530", 2024, 10, 11)]
    public void ReadsTheDateAsThePublisherWroteIt(string value, int year, int month, int day)
    {
        PublicationDate.Parse(value).ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("31 Feb 2024")]
    public void GivesNullForWhatIsNotADate(string? value)
    {
        PublicationDate.Parse(value).ShouldBeNull();
    }
}
