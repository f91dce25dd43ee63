namespace Entente.Language.Lemmatization;

/// <summary>
/// English inflection rules for words the exception list does not hold: plural nouns, verb forms in -s,
/// -ed and -ing (restoring a dropped "e" and undoubling a final consonant) and comparatives. The trainer
/// stores only treebank lemmas these rules get wrong, so the rules and the list must stay in step.
/// </summary>
internal static class LemmaRules
{
    /// <summary>Characters of plain names; addresses and codes ("noc@voa.com", "fm78") keep their case.</summary>
    private static readonly System.Buffers.SearchValues<char> LetterLike =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’-");

    /// <summary>The rule lemma of <paramref name="word"/> given its UPOS and, when known, its Penn Treebank tag.</summary>
    public static string Apply(string word, string upos, string? xpos)
    {
        switch (upos)
        {
            case "PROPN":
                return Capitalise(xpos == "NNPS" ? Plural(word) : word);
            case "ADJ" when xpos is "NNP" or "NNPS":
                // An adjective inside a name ("New York", "Hidden Valley") keeps its case.
                return word;
            case "NUM":
                return IsGroupedNumber(word) ? word.Replace(",", string.Empty, StringComparison.Ordinal) : Lower(word);
            case "PUNCT" or "SYM" or "X":
                return word;
        }

        var lower = Lower(word);
        return upos switch
        {
            "NOUN" => xpos == "NN" || IsAllCapitals(word) ? lower : Plural(lower),
            "VERB" or "AUX" => Verb(lower, xpos),
            "ADJ" => xpos switch
            {
                "JJR" => Comparative(lower, 2),
                "JJS" => Comparative(lower, 3),
                _ => lower,
            },
            "ADV" => xpos switch
            {
                "RBR" when lower.EndsWith("er", StringComparison.Ordinal) => Comparative(lower, 2),
                "RBS" when lower.EndsWith("est", StringComparison.Ordinal) => Comparative(lower, 3),
                _ => lower,
            },
            _ => lower,
        };
    }

    /// <summary>Lower case, except the pronoun "I"; EWT lower-cases words in capitals too ("FREE" → "free").</summary>
    private static string Lower(string word)
    {
        if (word == "I")
        {
            return word;
        }

        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return word.ToLowerInvariant();
            }
        }

        return word;
    }

    /// <summary>Proper-noun lemmas are capitalised ("google" → "Google"), as in EWT.</summary>
    private static string Capitalise(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && word.AsSpan().IndexOfAnyExcept(LetterLike) < 0
            ? string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1))
            : word;

    /// <summary>Digits grouped by commas ("1,100", "460,000"); EWT lemmas drop the commas.</summary>
    private static bool IsGroupedNumber(string word)
    {
        if (word.Length < 5 || !char.IsAsciiDigit(word[0]) || !word.Contains(','))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(word[^1]);
    }

    private static bool IsAllCapitals(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private static string Plural(string word)
    {
        var n = word.Length;
        if (n < 3 || IsAllCapitals(word) && !word.EndsWith('S'))
        {
            return word;
        }

        if (Ends(word, "ies") && n > 4)
        {
            return word[..^3] + "y";
        }

        if (Ends(word, "sses") || Ends(word, "shes") || Ends(word, "ches") || Ends(word, "xes") || Ends(word, "zzes"))
        {
            return word[..^2];
        }

        if (Ends(word, "men") && n > 4)
        {
            return word[..^3] + "man";
        }

        if (Ends(word, "s") && !Ends(word, "ss") && !Ends(word, "us") && !Ends(word, "is") && !Ends(word, "'s") && !Ends(word, "’s"))
        {
            return word[..^1];
        }

        return word;
    }

    private static string Verb(string word, string? xpos)
    {
        var n = word.Length;
        var form = xpos switch
        {
            "VBG" => VerbForm.Ing,
            "VBD" or "VBN" => VerbForm.Ed,
            "VBZ" => VerbForm.S,
            "VB" or "VBP" or "MD" => VerbForm.Base,
            _ => GuessForm(word),
        };

        switch (form)
        {
            case VerbForm.Ing when n > 4 && Ends(word, "ing"):
                return RestoreStem(word[..^3]);
            case VerbForm.Ed when n > 3 && Ends(word, "ied"):
                return word[..^3] + "y";
            case VerbForm.Ed when n > 3 && Ends(word, "ed"):
                return RestoreStem(word[..^2]);
            case VerbForm.S when n > 3 && Ends(word, "ies"):
                return word[..^3] + "y";
            case VerbForm.S when Ends(word, "sses") || Ends(word, "shes") || Ends(word, "ches") || Ends(word, "xes") || Ends(word, "zzes") || Ends(word, "oes"):
                return word[..^2];
            case VerbForm.S when n > 2 && Ends(word, "s") && !Ends(word, "ss") && !Ends(word, "us") && !Ends(word, "is"):
                return word[..^1];
            default:
                return word;
        }
    }

    private static VerbForm GuessForm(string word)
    {
        if (word.Length > 4 && Ends(word, "ing"))
        {
            return VerbForm.Ing;
        }

        if (word.Length > 3 && Ends(word, "ed"))
        {
            return VerbForm.Ed;
        }

        return word.Length > 2 && Ends(word, "s") ? VerbForm.S : VerbForm.Base;
    }

    private static string Comparative(string word, int suffixLength)
    {
        var suffix = suffixLength == 2 ? "er" : "est";
        if (word.Length <= suffixLength + 2 || !Ends(word, suffix))
        {
            return word;
        }

        var stem = word[..^suffixLength];
        if (stem[^1] == 'i')
        {
            return stem[..^1] + "y";
        }

        return RestoreStem(stem);
    }

    /// <summary>
    /// Turns a stem left by cutting -ing, -ed, -er or -est into a base form: "plann" → "plan", "mak" → "make",
    /// "produc" → "produce", "creat" → "create", "hail" → "hail".
    /// </summary>
    private static string RestoreStem(string stem)
    {
        var n = stem.Length;
        if (n < 2)
        {
            return stem;
        }

        var last = stem[^1];
        var before = stem[^2];

        // "agre(ed)" → "agree", "fre(ed)" → "free"
        if (last == 'e')
        {
            return stem + "e";
        }

        // Doubled final consonant: "plann", "stopp", "referr", "controll" (but "add", "fall", "miss").
        if (last == before && n >= 4)
        {
            if (last is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                return stem[..^1];
            }

            if (last == 'l' && n >= 6 && stem[^3] is 'e' or 'o')
            {
                return stem[..^1];
            }

            return stem;
        }

        if (last is 'y' or 'w' or 'x' || IsVowel(last) && last != 'u')
        {
            return stem;
        }

        // "mimick(ing)" → "mimic", "panick(ed)" → "panic"; short "kick", "stick" keep their k.
        if (n >= 6 && stem.EndsWith("ick", StringComparison.Ordinal))
        {
            return stem[..^1];
        }

        if (NeedsFinalE(stem))
        {
            return stem + "e";
        }

        return stem;
    }

    private static bool NeedsFinalE(string stem)
    {
        var n = stem.Length;
        var last = stem[^1];
        var before = stem[^2];
        switch (last)
        {
            case 'u' or 'v' or 'c':
                return true;
            case 'z':
                return before != 'z';
            case 'g':
                return before is not ('n' or 'g');
            case 's':
                return before is not ('s' or 'u') || n <= 4;
            case 'l':
                // "settl" → "settle", "profil" → "profile"; "travel", "fail" and "control" stay.
                return (!IsVowel(before) && before is not ('l' or 'r' or 'w')) || (n >= 4 && before == 'i' && !IsVowel(stem[^3]));
            case 'd' when n >= 4 && before is 'i' or 'u' or 'e' && !IsVowel(stem[^3]):
            case 't' when n >= 5 && before == 'a' && stem[^3] is not ('e' or 'o' or 'a'):
            case 't' when n >= 6 && before == 'u' && !IsVowel(stem[^3]):
            case 'r' when n >= 4 && before is 'i' or 'u' or 'a' && !IsVowel(stem[^3]):
            case 'k' when n >= 4 && before is 'o' or 'i' or 'a' && !IsVowel(stem[^3]):
                return true;
        }

        // One short syllable ending in a single vowel and consonant: "mak" → "make", "writ" → "write".
        return n <= 4 && IsShortSyllable(stem);
    }

    private static bool IsShortSyllable(string stem)
    {
        var vowels = 0;
        foreach (var c in stem)
        {
            if (IsVowel(c))
            {
                vowels++;
            }
        }

        return vowels == 1 && IsVowel(stem[^2]) && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool Ends(string word, string suffix) => word.EndsWith(suffix, StringComparison.Ordinal);

    private enum VerbForm
    {
        Base,
        S,
        Ed,
        Ing,
    }
}
