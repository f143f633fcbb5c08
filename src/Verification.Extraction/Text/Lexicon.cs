using System.Collections.Frozen;

namespace Verification.Extraction.Text;

/// <summary>The word classes the recognisers look for.</summary>
[Flags]
internal enum Lex : ulong
{
    None = 0,
    Month = 1UL << 0,
    Weekday = 1UL << 1,
    Season = 1UL << 2,
    TimeUnit = 1UL << 3,
    RelativeDay = 1UL << 4,
    TimeModifier = 1UL << 5,
    Preposition = 1UL << 6,
    Auxiliary = 1UL << 7,
    SpeechVerb = 1UL << 8,
    ContestCue = 1UL << 9,
    CountNoun = 1UL << 10,
    Unit = 1UL << 11,
    Currency = 1UL << 12,
    Percent = 1UL << 13,
    SubjectVerb = 1UL << 14,
    Pronoun = 1UL << 15,
    Determiner = 1UL << 16,
    Conjunction = 1UL << 17,
    Relative = 1UL << 18,
    Direction = 1UL << 19,
    PartNoun = 1UL << 20,
    Settlement = 1UL << 21,
    Incident = 1UL << 22,
    EventVerb = 1UL << 23,
    Ordinal = 1UL << 24,
    DerivedCue = 1UL << 25,
    SourceNoun = 1UL << 26,
    AgeWord = 1UL << 27,
    PlaceArticle = 1UL << 28,
    Label = 1UL << 29,
    Anaphor = 1UL << 30,
    Dropped = 1UL << 31,
    Gerund = 1UL << 32,
    Abbreviation = 1UL << 33,
    TimeOfDay = 1UL << 34,
    Meridiem = 1UL << 35,
    IndianScale = 1UL << 36,
    Dozen = 1UL << 37,
    OutletNoun = 1UL << 38,
    Boilerplate = 1UL << 39,
    NotCountNoun = 1UL << 40,
    RelayNoun = 1UL << 41,
    Demonym = 1UL << 42,
    ModifierNoun = 1UL << 43,
    NumberExtra = 1UL << 44,
    Toll = 1UL << 45,
    ExactlyCue = 1UL << 46,
}

/// <summary>One word's lexicon entry: its classes and the values some classes carry.</summary>
internal readonly record struct LexEntry(Lex Flags, byte Month, byte Weekday, byte Season, byte TimeUnit, byte Direction, short Ordinal, string? Canonical, double Number)
{
    public static LexEntry None { get; } = new(Lex.None, 0, 0, 0, 0, 0, 0, null, 0);
}

/// <summary>The extraction lexicon: English words of news text and the classes the recognisers need.</summary>
/// <remarks>Number words, hedges and bounds are not listed here: they belong to the figure grammar
/// (<see cref="FigureScanner.Classify"/>), which every token is also classified by.</remarks>
internal static class Lexicon
{
    private static readonly (LexEntry[] Entries, FrozenDictionary<string, int> Index) Built = Build();
    private static readonly FrozenDictionary<string, int> Index = Built.Index;
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByName = Built.Index.GetAlternateLookup<ReadOnlySpan<char>>();

    internal const byte Day = 1, Week = 2, MonthUnit = 3, Year = 4, Weekend = 5, Fortnight = 6, Decade = 7, Hour = 8, Minute = 9, Second = 10, Century = 11, Night = 12;

    // Initialised by field initialisers, not a static constructor, so that reads on the hot path need no initialisation check.
    private static (LexEntry[] Entries, FrozenDictionary<string, int> Index) Build()
    {
        var entries = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        void Add(Lex flag, params string[] words)
        {
            foreach (var w in words)
            {
                entries[w] = entries.TryGetValue(w, out var e) ? e with { Flags = e.Flags | flag } : LexEntry.None with { Flags = flag };
            }
        }

        void AddWith(Lex flag, string word, Func<LexEntry, LexEntry> set)
        {
            var e = entries.TryGetValue(word, out var existing) ? existing : LexEntry.None;
            entries[word] = set(e with { Flags = e.Flags | flag });
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < months.Length; m++)
        {
            foreach (var w in months[m])
            {
                var month = (byte)(m + 1);
                AddWith(Lex.Month, w, e => e with { Month = month });
            }
        }

        string[][] weekdays =
        [
            ["monday"], ["tuesday", "tues"], ["wednesday"], ["thursday", "thurs"], ["friday"], ["saturday"], ["sunday"],
        ];
        for (var d = 0; d < weekdays.Length; d++)
        {
            foreach (var w in weekdays[d])
            {
                var day = (byte)(d + 1);
                AddWith(Lex.Weekday, w, e => e with { Weekday = day });
            }
        }

        (string, byte)[] seasons = [("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4)];
        foreach (var (w, s) in seasons)
        {
            AddWith(Lex.Season, w, e => e with { Season = s });
        }

        (string, byte)[] units =
        [
            ("day", Day), ("days", Day), ("week", Week), ("weeks", Week), ("month", MonthUnit), ("months", MonthUnit),
            ("year", Year), ("years", Year), ("weekend", Weekend), ("weekends", Weekend), ("fortnight", Fortnight),
            ("decade", Decade), ("decades", Decade), ("hour", Hour), ("hours", Hour), ("hrs", Hour), ("minute", Minute),
            ("minutes", Minute), ("mins", Minute), ("second", Second), ("seconds", Second), ("century", Century), ("centuries", Century),
            ("night", Night), ("nights", Night),
        ];
        foreach (var (w, u) in units)
        {
            AddWith(Lex.TimeUnit, w, e => e with { TimeUnit = u });
        }

        Add(Lex.RelativeDay, "today", "yesterday", "tomorrow", "tonight", "overnight");
        Add(Lex.TimeOfDay, "morning", "afternoon", "evening", "night", "nights", "dawn", "dusk", "midnight", "noon", "overnight", "tonight");
        Add(Lex.TimeModifier, "last", "this", "next", "past", "previous", "coming", "recent", "recently", "lately", "earlier", "later",
            "early", "mid", "late", "ago", "since", "until", "till", "through", "throughout", "during", "over", "beginning", "start",
            "end", "middle", "so", "far", "first", "second", "third", "fourth", "final", "same", "following", "preceding", "prior");
        Add(Lex.Preposition, "in", "on", "at", "from", "to", "by", "for", "with", "of", "into", "near", "across", "during", "over",
            "inside", "outside", "within", "throughout", "between", "among", "amongst", "since", "after", "before", "around", "about",
            "against", "towards", "toward", "onto", "upon", "via", "per", "despite", "without", "under", "through", "along", "beyond");
        Add(Lex.Auxiliary, "have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "will", "would", "could", "may",
            "might", "reportedly", "allegedly", "also", "now", "already", "still", "just", "only", "all", "since", "so", "far",
            "apparently", "probably", "likely", "feared", "believed", "thought", "said", "reported", "estimated", "known", "confirmed",
            "to", "not", "never", "yet", "either", "both", "later", "remain", "remained", "remains", "stay", "stayed", "subsequently", "eventually", "either", "thus", "then", "either");
        Add(Lex.SpeechVerb, "said", "says", "say", "saying", "told", "tells", "tell", "estimated", "estimates", "estimate", "reported",
            "reports", "announced", "announces", "stated", "states", "added", "adds", "claimed", "claims", "claim", "confirmed", "confirms",
            "counted", "recorded", "documented", "noted", "notes", "wrote", "writes", "tweeted", "posted", "warned", "warns",
            "acknowledged", "admitted", "insisted", "explained", "revealed", "indicated", "tallied", "listed", "cited", "alleged",
            "alleges", "declared", "put", "puts", "according", "citing", "quoted", "quoting", "show", "shows", "showed", "suggest",
            "suggests", "suggested", "denied", "denies", "disputed", "disputes", "calculated", "found", "concluded");
        Add(Lex.ContestCue, "contested", "disputed", "disputes", "dispute", "denied", "denies", "deny", "denial", "unverified",
            "unconfirmed", "exaggerated", "inflated", "questioned", "challenged", "rejected", "rejects", "refuted", "refutes");
        Add(Lex.CountNoun, "people", "persons", "person", "civilians", "civilian", "children", "child", "women", "woman", "men", "man",
            "soldiers", "soldier", "troops", "fighters", "fighter", "militants", "militant", "refugees", "refugee", "migrants", "residents",
            "families", "family", "households", "protesters", "protestors", "demonstrators", "victims", "bodies", "body", "patients",
            "students", "workers", "prisoners", "detainees", "hostages", "police", "officers", "policemen", "journalists", "doctors",
            "casualties", "deaths", "dead", "idps", "individuals", "inhabitants", "villagers", "pilgrims", "worshippers", "passengers",
            "homes", "houses", "buildings", "strikes", "airstrikes", "rockets", "missiles", "shells", "tanks", "vehicles", "cases",
            "others", "more", "jihadists", "insurgents", "rebels", "combatants", "boys", "girls", "babies", "infants", "minors",
            "members", "supporters", "voters", "seats", "votes", "migrants", "asylum", "settlers", "teachers", "nurses", "staff",
            "employees", "guards", "gunmen", "attackers", "suspects", "survivors", "wounded", "injured", "displaced", "returnees");
        Add(Lex.NotCountNoun, "times", "percent", "per", "cent", "points", "point", "degrees", "fold", "of", "out", "in", "a");
        Add(Lex.Unit, "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi", "metres", "meters",
            "metre", "meter", "cm", "mm", "centimetres", "centimeters", "millimetres", "millimeters", "feet", "foot", "ft", "inches",
            "inch", "yards", "yard", "kg", "kgs", "kilograms", "kilogram", "kilos", "kilo", "grams", "gram", "tonnes", "tons", "tonne",
            "ton", "lbs", "lb", "ounces", "oz", "litres", "liters", "litre", "liter", "gallons", "gallon", "barrels", "barrel", "bpd",
            "acres", "acre", "hectares", "hectare", "sq", "square", "cubic", "degrees", "degree", "celsius", "fahrenheit", "mph", "kph",
            "knots", "megawatts", "megawatt", "mw", "gw", "kw", "kwh", "mwh", "gwh", "watts", "watt", "volts", "volt", "ghz", "mhz",
            "mb", "gb", "tb", "kb", "calories", "nanometers", "nanometres", "nm", "ev", "kev", "mev", "gev", "tev", "cl", "ml",
            "exabytes", "gigabytes", "megabytes", "bits", "bytes", "mg", "micrograms", "sieverts", "storeys", "stories", "floors",
            "laps", "goals", "runs", "wickets", "pixels", "megapixels", "calibre", "caliber", "mm");
        Add(Lex.Currency, "dollars", "dollar", "euros", "euro", "pounds", "sterling", "dinars", "dinar", "riyals", "riyal", "rials",
            "rial", "dirhams", "dirham", "yen", "yuan", "renminbi", "rupees", "rupee", "francs", "franc", "shekels", "shekel", "lira",
            "liras", "pesos", "peso", "rubles", "roubles", "ruble", "rouble", "hryvnias", "hryvnia", "naira", "shillings", "cents",
            "pence", "penny", "pennies", "usd", "eur", "gbp", "chf", "jpy", "cny", "inr", "rs", "pkr", "rand", "birr", "kwacha", "cedis", "taka", "afghanis", "tomans");
        Add(Lex.Percent, "percent", "percentage", "pct");
        Add(Lex.Pronoun, "he", "she", "they", "it", "we", "i", "you", "him", "them", "us");
        Add(Lex.Determiner, "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "another", "each", "every", "any", "no");
        Add(Lex.Conjunction, "and", "or", "but", "while", "though", "although", "as", "because", "when", "whereas", "whilst", "yet", "nor", "if", "unless");
        Add(Lex.Relative, "who", "which", "that", "whom", "whose", "where");
        (string, byte)[] directions =
        [
            ("east", 1), ("eastern", 1), ("west", 2), ("western", 2), ("north", 3), ("northern", 3), ("south", 4), ("southern", 4),
            ("northeast", 5), ("northeastern", 5), ("northwest", 6), ("northwestern", 6), ("southeast", 7), ("southeastern", 7),
            ("southwest", 8), ("southwestern", 8), ("central", 9),
        ];
        foreach (var (w, d) in directions)
        {
            AddWith(Lex.Direction, w, e => e with { Direction = d });
        }

        Add(Lex.PartNoun, "part", "parts", "side", "half", "section", "sections", "district", "districts", "neighbourhood",
            "neighbourhoods", "neighborhood", "neighborhoods", "outskirts", "areas", "area", "bank", "quarter", "quarters", "suburbs", "sector");
        Add(Lex.Settlement, "city", "town", "capital", "village", "province", "governorate", "region", "country");
        Add(Lex.Incident, "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "bombardment",
            "explosion", "explosions", "blast", "blasts", "attack", "attacks", "shelling", "assault", "massacre", "ambush", "incident");
        Add(Lex.EventVerb, "began", "begun", "started", "launched", "ended", "opened", "resumed", "halted", "stopped", "concluded", "kicked");
        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (var o = 0; o < ordinals.Length; o++)
        {
            var value = (short)(o + 1);
            AddWith(Lex.Ordinal, ordinals[o], e => e with { Ordinal = value });
        }

        (string, short)[] tensOrdinals = [("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1000), ("millionth", 1000)];
        foreach (var (w, v) in tensOrdinals)
        {
            AddWith(Lex.Ordinal, w, e => e with { Ordinal = v });
        }

        Add(Lex.DerivedCue, "leaving", "bringing", "brings", "brought", "net", "remaining", "remain", "remains", "totalling", "totaling", "altogether", "meaning", "making");
        Add(Lex.SourceNoun, "officials", "official", "residents", "resident", "witnesses", "witness", "eyewitnesses", "eyewitness", "police",
            "doctors", "doctor", "medics", "medic", "activists", "activist", "monitors", "monitor", "sources", "source", "spokesman",
            "spokeswoman", "spokesperson", "authorities", "military", "army", "ministry", "government", "coalition", "commanders",
            "commander", "rescuers", "volunteers", "locals", "observers", "analysts", "experts", "agency", "organisation", "organization",
            "group", "observatory", "statement", "officer", "officers", "governor", "mayor", "minister", "president", "council", "office",
            "committee", "mission", "charity", "ngo", "investigators", "investigation", "survey", "researchers", "workers", "staff",
            "department", "directorate", "service", "services", "forces", "command", "headquarters", "spokesmen", "leaders", "leader",
            "chief", "head", "director", "representative", "envoy", "hospital", "morgue", "tribe", "elders", "relatives", "families",
            "people", "residents", "media", "television", "tv", "radio", "newspaper", "agency", "campaign", "project", "network", "team");
        Add(Lex.OutletNoun, "magazine", "newspaper", "paper", "broadcaster", "channel", "television", "tv", "radio", "agency", "website", "outlet", "daily", "weekly");
        Add(Lex.RelayNoun, "figures", "figure", "data", "statistics", "stats", "estimates", "estimate", "count", "counts", "tally",
            "tallies", "report", "reports", "numbers", "records", "records", "toll", "survey", "assessment", "census", "registry", "database", "analysis");
        Add(Lex.AgeWord, "aged", "age", "ages");
        Add(Lex.PlaceArticle, "al", "el", "ar", "ad", "as", "an", "at", "az", "ash", "ath");
        Add(Lex.Label, "resolution", "flight", "route", "highway", "article", "section", "chapter", "phase", "room", "apollo", "no",
            "number", "platform", "gate", "level", "page", "pages", "line", "paragraph", "clause", "item", "version", "channel",
            "issue", "volume", "vol", "episode", "act", "bus", "road", "street", "avenue", "block", "building", "unit", "division",
            "brigade", "battalion", "regiment", "squadron", "district", "zone", "sector", "camp", "checkpoint", "km", "kilometre",
            "kilometer", "mile", "exit", "junction", "windows", "iphone", "boeing", "airbus", "model", "type", "class", "series",
            "grade", "stage", "round", "week", "day", "tier", "category", "code", "plan", "term", "seat", "ward", "cell", "wing", "hall",
            "door", "floor", "lane", "square", "station", "terminal", "corridor", "sura", "verse", "psalm", "john", "matthew");
        Add(Lex.Anaphor, "those", "them", "these", "they", "it", "this", "that", "which", "whom");
        Add(Lex.Dropped, "new", "more", "other", "additional", "further", "extra", "total", "estimated", "reported", "registered",
            "confirmed", "known", "recorded", "innocent", "unarmed", "suspected", "alleged", "fellow", "so-called", "mostly", "mainly",
            "largely", "including", "some", "many", "several", "such", "about", "around", "nearly", "almost", "roughly", "approximately");
        Add(Lex.Gerund, "killing", "displacing", "wounding", "injuring", "leaving", "forcing", "uprooting", "burying", "trapping", "stranding", "sending");
        Add(Lex.Abbreviation, "rs", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp",
            "jr", "sr", "prof", "rev", "fig", "approx", "ca", "est", "brig", "adm", "cmdr", "pres", "vol", "dept", "univ", "ave", "cf", "al", "e", "g", "i", "pp", "p");
        Add(Lex.Meridiem, "am", "pm", "gmt", "utc", "bst", "cet", "edt", "est", "pst", "ast", "hrs");
        AddWith(Lex.IndianScale, "lakh", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "lakhs", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "lac", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "lacs", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "lkh", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "lkhs", e => e with { Number = 1e5 });
        AddWith(Lex.IndianScale, "cr", e => e with { Number = 1e7 });
        AddWith(Lex.IndianScale, "crore", e => e with { Number = 1e7 });
        AddWith(Lex.IndianScale, "crores", e => e with { Number = 1e7 });
        AddWith(Lex.Dozen, "dozen", e => e with { Number = 12 });
        AddWith(Lex.Dozen, "dozens", e => e with { Number = 12 });
        AddWith(Lex.NumberExtra, "nought", e => e with { Number = 0 });
        AddWith(Lex.NumberExtra, "naught", e => e with { Number = 0 });
        AddWith(Lex.NumberExtra, "pair", e => e with { Number = 2 });
        AddWith(Lex.NumberExtra, "minus", e => e with { Number = -1 });
        AddWith(Lex.NumberExtra, "negative", e => e with { Number = -1 });
        AddWith(Lex.NumberExtra, "point", e => e with { Number = 0.1 });
        Add(Lex.Boilerplate, "more", "read", "related", "see", "watch", "advertisement", "sponsored", "share", "follow", "subscribe", "sign", "click", "photo", "image", "video", "listen");
        Add(Lex.Demonym, "iraqi", "iraqis", "syrian", "syrians", "kurdish", "afghan", "yemeni", "libyan", "palestinian", "palestinians",
            "israeli", "israelis", "american", "americans", "russian", "russians", "ukrainian", "ukrainians", "turkish", "iranian",
            "saudi", "british", "french", "german", "sudanese", "somali", "nigerian", "congolese", "ethiopian", "egyptian", "lebanese",
            "jordanian", "pakistani", "indian", "chinese", "burmese", "rohingya", "malian", "chadian", "eritrean", "south", "north",
            "european", "african", "arab", "western", "eastern", "shiite", "sunni", "shia", "yazidi", "christian", "muslim", "islamic");
        Add(Lex.ModifierNoun, "led", "backed", "based", "run", "held", "controlled", "military", "forces", "army", "government",
            "officials", "authorities", "ministry", "embassy", "troops", "police", "president", "coalition", "state", "media",
            "navy", "air", "defence", "defense", "command", "prime", "foreign", "interior", "health", "border", "security", "intelligence");
        Add(Lex.Toll, "toll", "tolls", "number", "count", "tally", "total");
        Add(Lex.ExactlyCue, "exactly", "precisely");

        (string Word, string Canonical)[] verbs =
        [
            ("killed", "killed"), ("died", "killed"), ("dead", "killed"), ("perished", "killed"), ("slain", "killed"), ("murdered", "killed"),
            ("massacred", "killed"), ("executed", "executed"), ("injured", "injured"), ("wounded", "injured"), ("hurt", "injured"),
            ("maimed", "injured"), ("fled", "fled"), ("escaped", "fled"), ("displaced", "displaced"), ("uprooted", "displaced"),
            ("returned", "returned"), ("buried", "buried"), ("missing", "missing"), ("arrested", "arrested"), ("detained", "detained"),
            ("evacuated", "evacuated"), ("rescued", "rescued"), ("trapped", "trapped"), ("kidnapped", "kidnapped"), ("abducted", "kidnapped"),
            ("captured", "captured"), ("freed", "freed"), ("released", "released"), ("recovered", "recovered"), ("deported", "deported"),
            ("relocated", "relocated"), ("resettled", "resettled"), ("affected", "affected"), ("besieged", "besieged"),
            ("stranded", "stranded"), ("registered", "registered"), ("sheltered", "sheltered"), ("treated", "treated"),
            ("infected", "infected"), ("starving", "starving"), ("homeless", "homeless"), ("drowned", "killed"), ("shot", "shot"),
            ("lost", "killed"), ("crossed", "crossed"), ("arrived", "arrived"), ("left", "left"), ("surrendered", "surrendered"),
            ("defected", "defected"), ("hospitalised", "hospitalised"), ("hospitalized", "hospitalised"), ("exhumed", "exhumed"),
            ("identified", "identified"), ("destroyed", "destroyed"), ("damaged", "damaged"), ("fired", "fired"), ("launched", "launched"),
            ("carried", "carried"), ("conducted", "conducted"), ("held", "held"), ("imprisoned", "imprisoned"), ("jailed", "imprisoned"),
            ("tortured", "tortured"), ("sentenced", "sentenced"), ("convicted", "convicted"), ("charged", "charged"), ("deployed", "deployed"),
            ("sent", "sent"), ("employed", "employed"), ("enrolled", "enrolled"), ("vaccinated", "vaccinated"), ("tested", "tested"),
            ("hit", "hit"), ("struck", "struck"), ("burned", "burned"), ("burnt", "burned"), ("looted", "looted"), ("raped", "raped"),
            ("assaulted", "assaulted"), ("beaten", "beaten"), ("seized", "seized"), ("confiscated", "seized"), ("expelled", "expelled"),
            ("banned", "banned"), ("disappeared", "disappeared"), ("unaccounted", "missing"), ("evicted", "evicted"),
            ("killing", "killed"), ("displacing", "displaced"), ("wounding", "injured"), ("injuring", "injured"), ("burying", "buried"),
            ("trapping", "trapped"), ("stranding", "stranded"), ("kill", "killed"), ("kills", "killed"), ("die", "killed"), ("dies", "killed"),
            ("flee", "fled"), ("flees", "fled"), ("fleeing", "fled"), ("injure", "injured"), ("injures", "injured"), ("displace", "displaced"),
            ("displaces", "displaced"), ("bury", "buried"), ("buries", "buried"), ("uprooting", "displaced"), ("deaths", "killed"), ("fatalities", "killed"),
        ];
        foreach (var (w, c) in verbs)
        {
            AddWith(Lex.SubjectVerb, w, e => e with { Canonical = c });
        }

        var list = entries.ToList();
        return ([.. list.Select(kv => kv.Value)], list.Select((kv, i) => KeyValuePair.Create(kv.Key, i)).ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every entry, by index.</summary>
    public static readonly LexEntry[] Entries = Built.Entries;

    /// <summary>Looks up a lower-case word.</summary>
    public static int Find(ReadOnlySpan<char> lowerWord) =>
        ByName.TryGetValue(lowerWord, out var index) ? index : -1;

    /// <summary>The entry of a lower-case word, or <see cref="LexEntry.None"/>.</summary>
    public static LexEntry Get(string lowerWord) => Index.TryGetValue(lowerWord, out var index) ? Entries[index] : LexEntry.None;
}
