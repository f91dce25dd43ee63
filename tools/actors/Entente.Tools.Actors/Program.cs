using System.Globalization;
using Entente.Tools.Actors;

// Converts the PETRARCH-2/Phoenix CAMEO dictionaries into Entente's actor knowledge-base tables.
// Usage: dotnet run --project tools/actors/Entente.Tools.Actors -- <petrarch2-dictionaries dir> <output dir, e.g. data/actors>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Entente.Tools.Actors <petrarch2-dictionaries directory> <output directory>");
    return 2;
}

var source = args[0];
var output = args[1];
Directory.CreateDirectory(output);
var warnings = new StringWriter(CultureInfo.InvariantCulture);

var countries = ActorDictionaryReader.Read(Path.Combine(source, "Phoenix.Countries.actors.txt"), warnings);
var international = ActorDictionaryReader.Read(Path.Combine(source, "Phoenix.International.actors.txt"), warnings);
var armedGroups = ActorDictionaryReader.Read(Path.Combine(source, "Phoenix.MilNonState.actors.txt"), warnings);
var agents = AgentDictionaryReader.Read(Path.Combine(source, "Phoenix.agents.txt"), warnings);

var converter = new ActorConverter(countries, warnings);
converter.Add(countries, SourceFile.Countries);
converter.Add(international, SourceFile.International);
converter.Add(armedGroups, SourceFile.MilNonState);

const string Provenance = "# Converted by tools/actors/Entente.Tools.Actors from the PETRARCH-2/Phoenix CAMEO dictionaries (MIT, Open Event Data Alliance). Do not edit: add to curated.tsv.";

using (var writer = Create("actors.tsv"))
{
    writer.WriteLine(Provenance);
    writer.WriteLine("# id\tname\tkind\tcode\tcountry");
    foreach (var actor in converter.Actors)
    {
        writer.WriteLine($"{actor.Id}\t{actor.Name}\t{actor.Kind}\t{actor.DefaultCode}\t{actor.Country}");
    }
}

using (var writer = Create("names.tsv"))
{
    writer.WriteLine(Provenance);
    writer.WriteLine("# id\tname\trule (name, demonym, place)");
    foreach (var actor in converter.Actors)
    {
        foreach (var (name, rule) in actor.Names)
        {
            writer.WriteLine($"{actor.Id}\t{name}\t{rule}");
        }
    }
}

using (var writer = Create("roles.tsv"))
{
    writer.WriteLine(Provenance);
    writer.WriteLine("# id\tcode\ttitle\tfrom\tto (inclusive ISO dates; empty = open)");
    foreach (var actor in converter.Actors)
    {
        foreach (var role in actor.Roles)
        {
            writer.WriteLine($"{actor.Id}\t{role.Code}\t\t{Format(role.From)}\t{Format(role.To)}");
        }
    }
}

using (var writer = Create("agents.tsv"))
{
    writer.WriteLine(Provenance);
    writer.WriteLine("# phrase\tsector\tcode\ttitle");
    foreach (var agent in agents.DistinctBy(a => a.Phrase))
    {
        writer.WriteLine($"{agent.Phrase}\t{agent.Sector}\t{agent.Code}\t{agent.Title}");
    }
}

// Lines the dictionaries get wrong (bad dates, people known by one word) are reported, never silently dropped.
Console.Error.Write(warnings.ToString());
Console.WriteLine($"actors {converter.Actors.Count}, names {converter.Actors.Sum(a => a.Names.Count)}, roles {converter.Actors.Sum(a => a.Roles.Count)}, agents {agents.Count}; people left out for want of a full name {converter.DroppedPeople}");
foreach (var group in converter.Actors.GroupBy(a => a.Kind))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}");
}

return 0;

StreamWriter Create(string name) => new(Path.Combine(output, name)) { NewLine = "\n" };

static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
