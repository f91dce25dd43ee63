namespace Entente.Tests.Cli;

public sealed class EntenteCliTests
{
    [Fact]
    public async Task HelpListsEveryCommandAndSucceeds()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "ingest", "code", "events", "show", "actors", "articles", "demo" })
        {
            run.Out.ShouldContain(command);
        }
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageErrorNamingIt()
    {
        var run = await CliRun.RunAsync("frobnicate");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("frobnicate");
    }

    [Fact]
    public async Task IngestWithoutAPathIsAUsageError()
    {
        var run = await CliRun.RunAsync("ingest");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Required argument missing for command: 'ingest'");
    }

    [Fact]
    public async Task ABatchSizeBelowOneIsAUsageError()
    {
        var run = await CliRun.RunAsync("ingest", "x.txt", "--batch-size", "0");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--batch-size");
    }
}
