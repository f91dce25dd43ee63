using System.CommandLine;
using Entente.Actors.KnowledgeBase;
using Entente.Analysis;
using Entente.Cli.Analysis;
using Entente.Cli.Infrastructure;

namespace Entente.Cli.Commands;

/// <summary><c>entente profile "Masoud Pezeshkian"</c>: an actor's key data, built from the stored evidence and the knowledge base.</summary>
internal static class ProfileCommand
{
    public static Command Create()
    {
        var actor = new Argument<string>("actor") { Description = "Name (case-insensitive), knowledge-base id (masoud-pezeshkian) or code prefix" };
        var partners = CliOptions.Count("--partners", "Partners to show at most", 10);
        var latest = CliOptions.Count("--latest", "Latest events to show at most", 10);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("profile", "An actor's profile: name, country, roles with dates, top partners and latest events, each with its evidence");
        command.Arguments.Add(actor);
        foreach (var option in new Option[] { partners, latest, db, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => AnalysisRun.WithStoreAsync(parseResult.GetValue(db), "profile", async (store, streams) =>
        {
            var name = parseResult.GetValue(actor)!;
            var profile = await new RelationsAnalyzer(store, ActorKnowledgeBase.Default)
                .ActorProfileAsync(name, parseResult.GetValue(partners), parseResult.GetValue(latest), cancellationToken);
            if (profile is null)
            {
                await streams.Error.WriteLineAsync($"entente profile: no actor \"{name}\" in the store or the knowledge base.");
                return 1;
            }

            if (parseResult.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                await AnalysisRun.WriteJsonAsync(streams, profile);
                return 0;
            }

            var rows = new List<(string Field, string Value, string Evidence)>
            {
                ("Name", profile.Name, ""),
                ("Actor id", profile.ActorId ?? "", ""),
                ("Country", profile.Country?.Value ?? "", Cite(profile.Country?.Evidence)),
            };
            rows.AddRange(profile.Codes.Select(code => ("Code", $"{code.Value} ({code.Count} reports)", Cite(code.Evidence))));
            rows.AddRange(profile.Roles.Select(role => (
                role.Origin == RoleOrigin.KnowledgeBase ? "Role (knowledge base)" : "Role (text)",
                $"{role.Title}{(role.Code is null ? "" : $" [{role.Code}]")} {AnalysisRun.Date(role.From)}–{AnalysisRun.Date(role.To)}",
                Cite(role.Evidence))));
            rows.Add(("Events", $"{profile.Events} events from {profile.Reports} reports; {profile.Quotes} quotes", ""));
            rows.AddRange(profile.TopPartners.Select(partner => (
                "Partner",
                $"{partner.Name} ({partner.Country}): {partner.Events} events, {partner.Cooperation} cooperation, {partner.Conflict} conflict, Goldstein {AnalysisRun.Number(partner.GoldsteinSum)}",
                Cite(partner.Evidence))));
            rows.AddRange(profile.LatestEvents.Select(e => (
                "Latest",
                $"{AnalysisRun.Date(e.Date)} {e.Source} → {e.Target} CAMEO {e.Cameo} ({e.NumArticles} articles, {e.NumSources} sources)",
                Cite([e]))));
            var columns = new Column<(string Field, string Value, string Evidence)>[]
            {
                new("field", row => row.Field),
                new("value", row => row.Value),
                new("evidence", row => row.Evidence),
            };
            await ResultWriter.WriteAsync(streams, parseResult.GetValue(format), rows, columns, row => row, "");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>The first citation as "article id#sentence (event id)", with how many more there are.</summary>
    private static string Cite(IReadOnlyList<Evidence>? evidence)
    {
        if (evidence is null || evidence.Count == 0)
        {
            return "";
        }

        var first = evidence[0];
        var more = evidence.Count > 1 ? $" +{evidence.Count - 1}" : "";
        return $"{first.ArticleId[..Math.Min(12, first.ArticleId.Length)]}#{first.SentenceIndex + 1} ({first.EventId}){more}";
    }
}
