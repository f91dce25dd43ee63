using System.CommandLine;
using Entente.Cli.Commands;

var root = new RootCommand("Entente: news about international relations in, coded political events out.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
