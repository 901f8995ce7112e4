using System.Text;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Reads a word typed as the raw keys of a Vietnamese input method, with no Vietnamese keyboard or with Unikey off, as the
/// syllable it spells: Telex (ddaij → đại, dduwowngf or dduowngf → đường, tinhr → tỉnh, tw → tư) or VNI (d9a5i → đại,
/// ho6i5 → hội). Only a well-formed result counts: an onset and a rhyme from the tables below and at most one tone, one
/// that the rhyme allows; anything else (ross, sass, 06, nq, English words) is not decoded. No package does this (see
/// shared/docs/packages.md), and the tables are small.
/// </summary>
public static class VietnameseKeys
{
    private const int MaxWordLength = 12;

    // Onsets, longest first so that "ngh" is tried before "ng" and "n".
    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ph", "th", "tr", "ch", "kh", "gh", "gi", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    // Every rhyme of standard Vietnamese spelling (vowels and final consonant, without tone).
    private static readonly HashSet<string> Rhymes =
    [
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oong", "ooc",
        "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oăc", "oăm", "oăn", "oăng", "oăt",
        "oe", "oen", "oeo", "oet",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "uc", "ui", "um", "un", "ung", "up", "ut", "ua", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ",
        "uy", "uya", "uych", "uyên", "uyêt", "uyn", "uynh", "uyp", "uyt", "uyu",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươ", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y", "yêm", "yên", "yêt", "yêu",
    ];

    // What a reader who is still typing may have of a rhyme (suggestions): every rhyme's beginnings.
    private static readonly HashSet<string> RhymeBeginnings = [.. Rhymes.SelectMany(r => Enumerable.Range(1, r.Length).Select(n => r[..n]))];

    // Rhymes closed by a stop take only the rising (sắc) or the heavy (nặng) tone.
    private static readonly string[] StopFinals = ["p", "t", "c", "ch"];

    // Spelling of the onsets before front vowels: k, gh, ngh only before them, c, g, ng never.
    private static readonly Dictionary<string, bool> FrontVowelOnly = new()
    {
        ["k"] = true, ["gh"] = true, ["ngh"] = true,
        ["c"] = false, ["g"] = false, ["ng"] = false,
    };

    private const string FrontVowels = "ieêy";
    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";

    // The tone keys, Telex and VNI, and the combining marks they stand for.
    private static readonly Dictionary<char, char> TelexTones = new()
    {
        ['s'] = '\u0301', ['f'] = '\u0300', ['r'] = '\u0309', ['x'] = '\u0303', ['j'] = '\u0323',
    };

    private static readonly Dictionary<char, char> VniTones = new()
    {
        ['1'] = '\u0301', ['2'] = '\u0300', ['3'] = '\u0309', ['4'] = '\u0303', ['5'] = '\u0323',
    };

    // What each vowel key does to a vowel: a circumflex (Telex aa, VNI 6), a breve (Telex aw, VNI 8), a horn (Telex ow uw,
    // VNI 7).
    private static readonly Dictionary<char, char> Circumflex = new() { ['a'] = 'â', ['e'] = 'ê', ['o'] = 'ô' };
    private static readonly Dictionary<char, char> Breve = new() { ['a'] = 'ă' };
    private static readonly Dictionary<char, char> Horn = new() { ['o'] = 'ơ', ['u'] = 'ư' };
    private static readonly Dictionary<char, char> TelexHornOrBreve = new() { ['a'] = 'ă', ['o'] = 'ơ', ['u'] = 'ư' };

    /// <summary>
    /// The syllable (NFC, lower case) that <paramref name="word"/> (lower case) spells in Telex or VNI keys, or null when it
    /// holds no such key or does not spell a Vietnamese syllable. With <paramref name="asPrefix"/> the word may stop
    /// part-way through its rhyme, as it does while being typed.
    /// </summary>
    public static string? Decode(string word, bool asPrefix = false)
    {
        if (word.Length is < 2 or > MaxWordLength || !word.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'))
        {
            return null;
        }
        // VNI: letters with their keys after them. A word that starts with a digit (a number, a code) is never one.
        var isVni = word.Any(char.IsAsciiDigit);
        if (isVni && !char.IsAsciiLetter(word[0]))
        {
            return null;
        }
        var letters = new StringBuilder(word.Length);
        char? tone = null;
        var keyed = false;
        var tones = isVni ? VniTones : TelexTones;
        foreach (var key in word)
        {
            if (tones.TryGetValue(key, out var mark) && HasVowel(letters))
            {
                if (tone is not null)
                {
                    // Two tones: the second undoes the first in Telex (ross, sass), and is no syllable either way.
                    return null;
                }
                tone = mark;
                keyed = true;
                continue;
            }
            var applied = isVni ? ApplyVniKey(letters, key) : ApplyTelexKey(letters, key);
            if (applied is null)
            {
                return null;
            }
            keyed |= applied.Value;
        }
        if (!keyed)
        {
            return null;
        }
        var syllable = letters.ToString();
        return Split(syllable, tone, asPrefix) is { } parts ? Compose(syllable, parts.OnsetLength, tone) : null;
    }

    /// <summary>Adds a Telex key to the letters so far: true when it was a modifier, false a plain letter, null when it makes no sense.</summary>
    private static bool? ApplyTelexKey(StringBuilder letters, char key)
    {
        if (key is 'z' or 'f' or 'j')
        {
            // Not Vietnamese letters; as tone keys they only come after a vowel (handled by the caller).
            return null;
        }
        if (key == 'd' && letters.Length == 1 && letters[0] == 'd')
        {
            letters[0] = 'đ';
            return true;
        }
        if (key == 'w')
        {
            if (!HasVowel(letters))
            {
                // w on its own is ư (tw → tư).
                letters.Append('ư');
                return true;
            }
            return ApplyToLastVowels(letters, TelexHornOrBreve, bothOfUo: true);
        }
        if (Circumflex.ContainsKey(key) && letters.Length > 0 && letters[^1] == key)
        {
            letters[^1] = Circumflex[key];
            return true;
        }
        letters.Append(key);
        return false;
    }

    private static bool? ApplyVniKey(StringBuilder letters, char key)
    {
        switch (key)
        {
            case >= 'a' and <= 'z':
                letters.Append(key);
                return false;
            case '6':
                return ApplyToLastVowels(letters, Circumflex, bothOfUo: false);
            case '7':
                return ApplyToLastVowels(letters, Horn, bothOfUo: true);
            case '8':
                return ApplyToLastVowels(letters, Breve, bothOfUo: false);
            case '9' when letters.Length > 0 && letters[0] == 'd':
                letters[0] = 'đ';
                return true;
            default:
                return null;
        }
    }

    /// <summary>
    /// Puts a mark on the last vowel of the last run of vowels that takes it (the run may be followed by the final
    /// consonant, as Telex and VNI both allow the key at the end of the word); uo takes a horn on both (ươ).
    /// </summary>
    private static bool? ApplyToLastVowels(StringBuilder letters, Dictionary<char, char> marks, bool bothOfUo)
    {
        var end = letters.Length - 1;
        while (end >= 0 && !Vowels.Contains(letters[end]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && Vowels.Contains(letters[start - 1]))
        {
            start--;
        }
        if (end < 0)
        {
            return null;
        }
        for (var i = end; i >= start; i--)
        {
            if (!marks.TryGetValue(letters[i], out var marked))
            {
                continue;
            }
            letters[i] = marked;
            if (bothOfUo && letters[i] == 'ơ' && i > start && letters[i - 1] is 'u')
            {
                letters[i - 1] = 'ư';
            }
            return true;
        }
        return null;
    }

    private static bool HasVowel(StringBuilder letters)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            if (Vowels.Contains(letters[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The onset's length when <paramref name="syllable"/> is an onset and a rhyme allowing <paramref name="tone"/>.</summary>
    private static (int OnsetLength, string Rhyme)? Split(string syllable, char? tone, bool asPrefix)
    {
        foreach (var onset in Onsets)
        {
            if (!syllable.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = syllable[onset.Length..];
            // gi and qu lend their vowel to the rhyme: gìn (gi + in), giếng (gi + iêng), quýnh (qu + uynh).
            // gi on its own is a syllable (gì); qu is not.
            var rhymes = onset switch
            {
                "gi" => new[] { rest, "i" + rest },
                "qu" when rest.Length > 0 => [rest, "u" + rest],
                _ => [rest],
            };
            foreach (var rhyme in rhymes)
            {
                if (IsRhyme(rhyme, tone, asPrefix) && SpellsOnset(onset, rhyme))
                {
                    return (onset.Length, rhyme);
                }
            }
        }
        return null;
    }

    private static bool IsRhyme(string rhyme, char? tone, bool asPrefix)
    {
        var known = asPrefix ? RhymeBeginnings.Contains(rhyme) && rhyme.Any(c => Vowels.Contains(c)) : Rhymes.Contains(rhyme);
        if (!known)
        {
            return false;
        }
        return tone is null or '\u0301' or '\u0323' || !StopFinals.Any(f => rhyme.EndsWith(f, StringComparison.Ordinal));
    }

    private static bool SpellsOnset(string onset, string rhyme) =>
        !FrontVowelOnly.TryGetValue(onset, out var frontOnly) || FrontVowels.Contains(rhyme[0]) == frontOnly;

    /// <summary>
    /// The syllable with its tone on the vowel that carries it: a marked vowel (the later of ươ), else the last vowel before
    /// a final consonant, else the middle of three or the first of two (hòa, thủy, as the demo texts write them). Matching
    /// does not depend on it (a word's exact term puts its tone key last), only how the syllable reads.
    /// </summary>
    private static string Compose(string syllable, int onsetLength, char? tone)
    {
        if (tone is null)
        {
            return syllable;
        }
        var start = onsetLength;
        while (start < syllable.Length && !Vowels.Contains(syllable[start]))
        {
            start++;
        }
        var end = start;
        while (end < syllable.Length && Vowels.Contains(syllable[end]))
        {
            end++;
        }
        int at;
        if (end == start)
        {
            // No vowel after the onset: gì, gìn carry the tone on the i of gi.
            at = onsetLength - 1;
        }
        else if (syllable.LastIndexOfAny(MarkedVowels.ToCharArray(), end - 1, end - start) is var marked and >= 0)
        {
            at = marked;
        }
        else if (end < syllable.Length)
        {
            at = end - 1;
        }
        else
        {
            at = (end - start) switch
            {
                3 => start + 1,
                _ => start,
            };
        }
        return (syllable[..(at + 1)] + tone.Value + syllable[(at + 1)..]).Normalize(NormalizationForm.FormC);
    }
}
