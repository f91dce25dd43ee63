using Entente.Cli;

namespace Entente.Server.Tests;

/// <summary><c>entente serve</c> as a user runs it.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServingADatabaseThatDoesNotExistIsAnErrorNotANewEmptyDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("entente-serve-").FullName;
        try
        {
            var missing = Path.Combine(folder, "missing.db");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exitCode = await EntenteCli.RunAsync(["serve", "--db", missing, "--urls", "http://127.0.0.1:0"], TextReader.Null, stdout, stderr);

            exitCode.ShouldBe(1);
            stderr.ToString().ShouldContain("no database at");
            File.Exists(missing).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheHelpNamesTheOptions()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await EntenteCli.RunAsync(["serve", "--help"], TextReader.Null, stdout, stderr);

        exitCode.ShouldBe(0);
        var help = stdout.ToString();
        foreach (var option in new[] { "--db", "--urls", "--api-key", "--demo" })
        {
            help.ShouldContain(option);
        }
    }

    [Fact]
    public async Task ServeStopsCleanlyWhenCancelled()
    {
        var folder = Directory.CreateTempSubdirectory("entente-serve-").FullName;
        try
        {
            var db = Path.Combine(folder, "events.db");
            await (await Storage.SqliteEventStore.OpenAsync(db)).DisposeAsync();
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            using var cancellation = new CancellationTokenSource();

            var run = EntenteCli.RunAsync(["serve", "--db", db, "--urls", "http://127.0.0.1:0"], TextReader.Null, stdout, stderr, cancellation.Token);
            for (var i = 0; i < 200 && !stdout.ToString().Contains("Press Ctrl+C", StringComparison.Ordinal); i++)
            {
                await Task.Delay(50);
            }

            stdout.ToString().ShouldContain("web UI   http://127.0.0.1:");
            await cancellation.CancelAsync();
            (await run.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
