namespace Entente.Actors.Resolution;

/// <summary>The people an article has named so far, so a later bare surname ("Pezeshkian") resolves to them.</summary>
internal sealed class PeopleRegistry
{
    private readonly Dictionary<string, ActorRef> _bySurname = new(StringComparer.Ordinal);

    public void Register(ActorRef person, string nameAsWritten)
    {
        if (person.Kind != ActorKind.Person)
        {
            return;
        }

        foreach (var name in new[] { nameAsWritten, person.Name })
        {
            if (name is null)
            {
                continue;
            }

            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                // The text's reading of a role wins over an older one from the knowledge base.
                _bySurname[parts[^1]] = person;
            }
        }
    }

    public ActorRef? FindBySurname(string surname) => _bySurname.GetValueOrDefault(surname);
}
