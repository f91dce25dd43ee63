using Entente.Cli;

return await EntenteCli.RunAsync(args);
