using System;
using System.Collections.Generic;

namespace TypedFiling.Parsing.Lexicon;

/// <summary>
/// The one word table of the parser: function words, references, months, number words, scales and every currency
/// code, name and sign (from <see cref="CurrencyData"/>). Built once; a word costs one dictionary look-up, and the
/// tokenizer caches the answer with the word's string, so most tokens cost none.
/// </summary>
internal static class WordTable
{
    /// <summary>The lexeme of <paramref name="word"/>, or null for a word the table does not know.</summary>
    public static Lexeme? Find(string word) => Words.TryGetValue(word, out var lexeme) ? lexeme : null;

    /// <summary>Whether <paramref name="word"/> has <paramref name="role"/>.</summary>
    public static bool Is(string word, WordRole role) => Words.TryGetValue(word, out var lexeme) && lexeme.Has(role);

    public static bool IsFunction(string word) => Is(word, WordRole.Function);

    public static bool IsDeterminer(string word) => Is(word, WordRole.Determiner);

    public static bool IsSubjectPronoun(string word) => Is(word, WordRole.SubjectPronoun);

    /// <summary>The code of a currency sign ("€" is EUR; "$" and "¥" the filing's own), or null.</summary>
    public static string? SignCode(char sign) => SignCodes.TryGetValue(sign, out var code) ? code : null;

    /// <summary>The words of <see cref="WordRole.Function"/>.</summary>
    private const string Function =
        "a an the of in on at for to from by with as than into onto per over under between among during since until till after " +
        "before about against through throughout within without upon via across toward towards including except and or but nor " +
        "if that which who whom whose where when while because although though unless whether so then thus therefore however " +
        "respectively is are was were be been being am has have had having do does did will would may might can could shall " +
        "should must not no it its we our ours us they their them he his him she her you your i my me this these those such " +
        "there here more less fewer most least also only each every all any some other another both either neither same very " +
        "too again further even just still yet up down out off away totaled totalled amounted reached north south east west " +
        "northeast northwest southeast southwest old ago";

    private const string NameFunction =
        "a an the and or nor but of in on at to for from by with without into onto over under about against between among " +
        "through during within upon as than up out off per via we our ours us you your it its they them their he his she her i " +
        "this that these those such which who whom whose what is are was were be been being am has have had having do does did " +
        "may might could can cannot will would should must shall not no able unable other others any all some certain each " +
        "every more most much many also very there here so too if then both either neither";

    private const string Modal = "may might could can cannot will would should must shall";
    private const string Conditional = "if unless should when whether";
    private const string ClauseStart = "if unless which because although while whereas including especially particularly whether where";
    private const string Auxiliary = "fail fails failed need needs continue continues choose chooses seek seeks do does did are is be been have has had not able unable required to get";
    private const string Generic =
        "business businesses results result operations operating financial condition conditions affected adversely materially " +
        "harmed harm adverse effect effects impact impacted negatively significantly suffer prospects performance company position cash flow flows";

    private const string Determiners = "the a an our its their his her your my this these those that such";
    private const string SubjectPronouns = "we it they he she i you who which that";

    private const string References =
        "item items note notes part parts section sections form forms page pages rule rules article articles schedule schedules " +
        "exhibit exhibits chapter chapters regulation no nos number paragraph paragraphs clause clauses appendix annex table figure " +
        "step phase level tier class series title act law version release chart box line lines column row stage route highway " +
        "block lot unit room suite floor building plan proposition amendment directive order case docket file id code model type " +
        "grade tranche round generation gen vol volume issue edition aged age ages p pp para sec art fig tab ex nr";

    private const string YearPrepositions =
        "in since by until till during from of before after through throughout early late mid circa around than to and beginning " +
        "starting ending effective";

    private const string NotUnits =
        "percent per cent percentage percentages percents pct times time thousand million billion trillion hundred dozen mn bn st nd rd th " +
        "am pm x lakh lakhs crore crores";

    private const string PeriodOpenings = "fiscal calendar year years quarter first second third fourth period";

    private const string Negations = "negative minus";

    private static readonly string[] Units =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static readonly string[] MonthNames =
        { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    private static readonly string[] MonthAbbreviations = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>Scale words and their multipliers; "~" marks a scale only glued to its number ("5m").</summary>
    private static readonly (string Word, decimal Multiplier)[] Scales =
    {
        ("thousand", 1e3m), ("thousands", 1e3m), ("million", 1e6m), ("millions", 1e6m), ("billion", 1e9m), ("billions", 1e9m),
        ("trillion", 1e12m), ("mn", 1e6m), ("mln", 1e6m), ("mm", 1e6m), ("mil", 1e6m), ("bn", 1e9m), ("bln", 1e9m), ("tn", 1e12m),
        ("lakh", 1e5m), ("lakhs", 1e5m), ("lac", 1e5m), ("lacs", 1e5m), ("crore", 1e7m), ("crores", 1e7m),
        ("~k", 1e3m), ("~m", 1e6m), ("~b", 1e9m),
    };

    private static Dictionary<string, Lexeme> Build()
    {
        var words = new Dictionary<string, Lexeme>(StringComparer.OrdinalIgnoreCase);
        Add(words, Function, WordRole.Function);
        Add(words, NameFunction, WordRole.NameFunction);
        Add(words, Modal, WordRole.Modal);
        Add(words, Conditional, WordRole.Conditional);
        Add(words, ClauseStart, WordRole.ClauseStart);
        Add(words, Auxiliary, WordRole.Auxiliary);
        Add(words, Generic, WordRole.Generic);
        Add(words, Determiners, WordRole.Determiner);
        Add(words, SubjectPronouns, WordRole.SubjectPronoun);
        Add(words, References, WordRole.Reference);
        Add(words, YearPrepositions, WordRole.YearPreposition);
        Add(words, NotUnits, WordRole.NotUnit);
        Add(words, PeriodOpenings, WordRole.PeriodOpening);
        Add(words, Negations, WordRole.Negation);
        for (var k = 0; k < Units.Length; k++)
        {
            Get(words, Units[k]).Number = k;
        }

        for (var k = 2; k < Tens.Length; k++)
        {
            Get(words, Tens[k]).Number = k * 10;
        }

        foreach (var w in Units)
        {
            Get(words, w).Roles |= WordRole.NumberWord;
        }

        for (var k = 2; k < Tens.Length; k++)
        {
            Get(words, Tens[k]).Roles |= WordRole.NumberWord;
        }

        Number(words, "hundred", 100, 0);
        Number(words, "half", -1, 0.5m);
        Number(words, "quarter", -1, 0.25m);
        Number(words, "quarters", -1, 0.25m);
        Number(words, "dozen", -1, 12m);
        for (var m = 0; m < 12; m++)
        {
            Month(words, MonthNames[m], m + 1, false);
            if (MonthAbbreviations[m] != MonthNames[m])
            {
                Month(words, MonthAbbreviations[m], m + 1, true);
            }
        }

        Month(words, "sept", 9, true);
        foreach (var (word, multiplier) in Scales)
        {
            var glued = word[0] == '~';
            var lexeme = Get(words, glued ? word.Substring(1) : word);
            lexeme.Roles |= WordRole.Scale;
            lexeme.Scale = multiplier;
            lexeme.ScaleNeedsGlue = glued;
        }

        CurrencyPhrases.AddAll(words);
        return words;
    }

    internal static Lexeme Get(Dictionary<string, Lexeme> words, string word)
    {
        if (!words.TryGetValue(word, out var lexeme))
        {
            lexeme = new Lexeme();
            words.Add(word, lexeme);
        }

        return lexeme;
    }

    private static void Add(Dictionary<string, Lexeme> words, string list, WordRole role)
    {
        foreach (var word in list.Split(' '))
        {
            Get(words, word).Roles |= role;
        }
    }

    private static void Number(Dictionary<string, Lexeme> words, string word, int number, decimal fraction)
    {
        var lexeme = Get(words, word);
        lexeme.Roles |= WordRole.NumberWord;
        lexeme.Number = number;
        lexeme.Fraction = fraction;
    }

    private static void Month(Dictionary<string, Lexeme> words, string word, int month, bool abbreviated)
    {
        var lexeme = Get(words, word);
        lexeme.Roles |= WordRole.Month;
        lexeme.Month = month;
        lexeme.MonthAbbreviated = abbreviated;
    }

    private static Dictionary<char, string> BuildSigns()
    {
        var signs = new Dictionary<char, string>();
        foreach (var (sign, code) in CurrencyData.Signs)
        {
            signs[sign] = code;
        }

        return signs;
    }

    // Last: static fields initialize in text order, and the table is built from the lists above.
    private static readonly Dictionary<string, Lexeme> Words = Build();
    private static readonly Dictionary<char, string> SignCodes = BuildSigns();
}
