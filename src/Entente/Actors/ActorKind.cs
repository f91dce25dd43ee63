namespace Entente.Actors;

/// <summary>The broad sort of an actor.</summary>
public enum ActorKind
{
    /// <summary>A state as a whole, or its capital used as a metonym.</summary>
    State,

    /// <summary>A part of a state: government, military, police, legislature, …</summary>
    StateAgency,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>An intergovernmental organisation (UN, NATO, BRICS).</summary>
    InternationalOrganization,

    /// <summary>A non-governmental organisation or company.</summary>
    NonGovernmentalOrganization,

    /// <summary>A non-state armed group (Hezbollah, the Houthis).</summary>
    ArmedGroup,

    /// <summary>A region or bloc ("the West", "the Middle East").</summary>
    Region,

    /// <summary>A generic group of people (protesters, civilians).</summary>
    Group,
}
