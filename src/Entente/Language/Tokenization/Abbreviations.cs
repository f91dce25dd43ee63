using System.Collections.Frozen;

namespace Entente.Language.Tokenization;

/// <summary>
/// Words written with a final period that belong to the word ("Gen.", "U.S.", "etc.") and what each means
/// for sentence splitting.
/// </summary>
internal static class Abbreviations
{
    /// <summary>
    /// Abbreviations that stand before a name or number and so never end a sentence ("Gen. Smith", "No. 5",
    /// "Jan. 6"). Matched case-sensitively without the final period.
    /// </summary>
    private static readonly FrozenSet<string> NonFinal = FrozenSet.ToFrozenSet(
    [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpl", "Sgt", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Lieut", "Gens",
        "Rev", "Fr", "Sr", "Msgr", "Hon", "Amb", "Pres", "Supt", "Insp", "Det", "Atty", "Ald",
        "Sec", "Secy", "Treas", "Pfc", "Spc", "Cpt", "Comdr", "Mme", "Mlle", "Sra", "Sta", "Ste",
        // Places and addresses before a name.
        "St", "Mt", "Ft", "Pt",
        // Months (May, June and July are never abbreviated).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Before numbers.
        "No", "Nos", "Vol", "Vols", "Ch", "Fig", "Figs", "Op", "pp", "p", "para", "Para", "approx",
        // Connecting words.
        "vs", "v", "cf", "viz", "c", "P.S", "PS", "e.g", "i.e", "E.g", "I.e", "ca", "incl", "esp", "Ave", "Blvd", "Rd",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations that may end a sentence ("… in the U.S. The next day …"); the splitter then needs a
    /// sentence-starting word after them. Matched case-sensitively without the final period.
    /// </summary>
    private static readonly FrozenSet<string> MaybeFinal = FrozenSet.ToFrozenSet(
    [
        "etc", "al", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Esq", "Dept", "Univ", "Assn", "Intl", "Govt",
        "Mfg", "Cos", "Plc", "L.L.C", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "hr", "hrs", "yr", "yrs", "oz", "lb", "lbs", "ft", "sq", "km", "cm", "kg", "Ph.D", "M.D", "B.A", "M.A",
        "B.S", "M.S", "a.m", "p.m", "A.M", "P.M", "U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C", "N.Y", "L.A",
        "U.A.E", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "approx", "dept", "ext", "misc", "Bldg", "Hwy",
        "Pkwy", "Sq", "Jct", "Mtn", "Etc", "ETC", "INC", "CORP", "LTD", "CO", "JR",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that usually begin a new sentence, so "… the U.S. The …" splits.</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or",
        "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "As", "After", "Before", "When", "While", "However", "Meanwhile", "Also", "If", "For", "So", "What",
        "Why", "How", "Who", "Where", "Some", "Many", "Most", "Since", "Although", "Though", "Yet", "Still",
        "Then", "Thus", "Instead", "Last", "Earlier", "Later", "According", "During", "Despite", "Both",
        "Officials", "Such", "Each", "Every", "No", "Not", "One", "Two", "Another", "Other", "Others",
        "Now", "Today", "Yesterday", "Tomorrow", "Under", "With", "Without", "From", "By", "To", "Among",
        "Asked", "Until", "Once", "Because", "Separately", "Further", "Furthermore", "Moreover", "Nevertheless",
    ], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (without its final period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        NonFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when the abbreviation (without its final period) never ends a sentence.</summary>
    public static bool IsNonFinal(ReadOnlySpan<char> word) =>
        NonFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/> typically starts a sentence.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
