#if SUBJECT_SYNONYM_TABLE
// Built against a library from before subjects were read by a vocabulary (see compare.sh), whose table had this name.
using SubjectVocabulary = Verification.SubjectSynonymTable;
#endif
using System.Globalization;
using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Benchmarks.Data;

/// <summary>
/// Builds a deterministic synthetic workload (fixed seed): a world of subjects, places and sources; incidents ("events")
/// in it; evidence claims that report those events; and claims to verify that report them again.
/// </summary>
/// <remarks>
/// <para>Shapes, chosen to resemble conflict and displacement reporting:</para>
/// <list type="bullet">
/// <item>300 subjects (16 kinds of people × 15 things that happen to them, 6 kinds of building × 10), of very uneven
/// popularity (Zipf-like), a third with synonym phrases added to the synonym table; claims write a subject as its
/// canonical phrase, in another word order, or as a synonym.</item>
/// <item>A gazetteer-like tree of about 6,000 places: 24 countries → 5–9 regions → 3–8 cities → 0–6 districts, about 10%
/// of regions and cities with an alias spelling. Claims write the full path (1–4 names), or skip a level, or drop the
/// country, or use the alias.</item>
/// <item>Periods over 2015–2024: single days, months, years and running-total intervals; a running total is sometimes
/// reported again as of a later date (overlapping, but not the same time).</item>
/// <item>3,000 sources: 100 primary ones (agencies, ministries) that most figures trace back to, 2,900 outlets; about
/// 10% of claims are outlets citing a primary source (<see cref="Claim.DerivedFrom"/>).</item>
/// <item>Figures of every kind: exact, rounded, hedged, "nearly", lower and upper bounds, ranges, vague quantities,
/// data-set intervals; most reports of an event agree within a few percent, some differ widely.</item>
/// </list>
/// <para>Each event is reported by 1–30 sources (mean 5), so a claim about a known event finds the other reports of it
/// plus whatever is reported at containing or contained places in an overlapping period.</para>
/// <para>Strings are allocated per claim (ids, sources, subject phrases, place paths, figure text), as a reader of
/// a JSON file would, so memory measured per claim is what a loaded claim really holds.</para>
/// </remarks>
internal sealed class WorkloadGenerator
{
    /// <summary>The seed every run uses.</summary>
    public const int DefaultSeed = 20170325;

    private const int DayCount = 3653; // 2015-01-01 to 2024-12-31

    private static readonly int FirstDay = new DateOnly(2015, 1, 1).DayNumber;

    private static readonly string[] PersonNouns =
    [
        "people", "civilians", "children", "women", "soldiers", "fighters", "police officers", "aid workers",
        "journalists", "refugees", "migrants", "detainees", "patients", "students", "families", "medical staff",
    ];

    private static readonly (string Verb, string? Synonym)[] PersonVerbs =
    [
        ("killed", "dead"), ("injured", "wounded"), ("displaced", "uprooted"), ("fled", null), ("returned", null),
        ("detained", "held"), ("missing", "unaccounted for"), ("evacuated", null), ("rescued", null), ("arrested", null),
        ("released", "freed"), ("sheltered", null), ("relocated", "resettled"), ("registered", null), ("affected", null),
    ];

    private static readonly string[] BuildingNouns = ["homes", "schools", "hospitals", "shelters", "bridges", "markets"];

    private static readonly (string Verb, string? Synonym)[] BuildingVerbs =
    [
        ("destroyed", "razed"), ("damaged", "hit"), ("rebuilt", null), ("closed", "shut"), ("reopened", null),
        ("looted", null), ("shelled", "bombed"), ("inspected", null), ("occupied", "seized"), ("repaired", null),
    ];

    private static readonly string[] Syllables =
    [
        "ka", "ra", "ba", "dar", "mo", "sul", "ta", "lin", "ve", "za", "qa", "ri", "na", "han", "shi", "ro", "bel",
        "tu", "ma", "jad", "ida", "fal", "lu", "je", "sa", "kir", "ku", "ar", "bil", "dei", "zor",
    ];

    private static readonly string[] CountrySuffixes = ["ia", "stan", "land", "ar", "ova"];

    private static readonly string[] PrimaryKinds =
    [
        "Ministry of Health of {0}", "{0} Red Crescent", "UN Mission in {0}", "{0} Civil Defence", "Interior Ministry of {0}",
    ];

    private static readonly string[] OutletWords1 = ["Daily", "Evening", "Morning", "National", "Free", "Independent", "Northern", "Southern", "Weekly", "New"];

    private static readonly string[] OutletWords2 = ["Herald", "Times", "Post", "Courier", "Observer", "Tribune", "Gazette", "Monitor", "Voice", "Chronicle", "Journal", "Star"];

    private static readonly string[] DistrictPrefixes = ["Old", "New", "Northern", "Southern", "East", "West"];

    private static readonly string[] Hedges = ["about", "around", "approximately", "roughly", "some", "an estimated"];

    private static readonly (string Phrase, double Low, double High)[] Vague =
    [
        ("several", 3, 9), ("dozens", 24, 99), ("scores", 40, 99), ("hundreds", 200, 999), ("thousands", 2_000, 9_999),
        ("tens of thousands", 20_000, 99_999), ("hundreds of thousands", 200_000, 999_999),
    ];

    private readonly Random _rng;
    private readonly SubjectSpec[] _subjects;
    private readonly double[] _subjectWeights;
    private readonly PlaceNode[][] _placesByLevel;
    private readonly string[] _primarySources;
    private readonly string[] _outlets;
    private readonly List<Event> _events = [];
    private int _nextEvidenceId;
    private int _nextClaimId;

    public WorkloadGenerator(int seed = DefaultSeed)
    {
        _rng = new Random(seed);
        (_subjects, var synonyms) = CreateSubjects();
        _subjectWeights = Cumulative(_subjects.Length, rank => 1.0 / Math.Pow(rank + 1, 0.6));
        (_placesByLevel, var names) = CreatePlaces();
        (_primarySources, _outlets) = CreateSources();
        Options = new VerificationOptions { Subjects = synonyms, PlaceNames = names };
    }

    /// <summary>Options with the generated synonyms and place aliases.</summary>
    public VerificationOptions Options { get; }

    /// <summary>How many places the world has.</summary>
    public int PlaceCount => _placesByLevel.Sum(l => l.Length);

    /// <summary>How many sources the world has.</summary>
    public int SourceCount => _primarySources.Length + _outlets.Length;

    /// <summary>How many subjects the world has.</summary>
    public int SubjectCount => _subjects.Length;

    /// <summary>How many events the evidence reports.</summary>
    public int EventCount => _events.Count;

    /// <summary>Evidence claims: events, each reported by 1–30 sources, in shuffled order.</summary>
    /// <param name="count">How many claims.</param>
    public Claim[] Evidence(int count)
    {
        var claims = new Claim[count];
        var i = 0;
        foreach (var claim in EvidenceStream(count))
        {
            claims[i++] = claim;
        }

        return claims;
    }

    /// <summary>The same claims as <see cref="Evidence"/>, made one at a time as they are read, so that tens of millions
    /// can be written to a file without being held; the events are made (and kept) when the first claim is read.</summary>
    /// <param name="count">How many claims.</param>
    public IEnumerable<Claim> EvidenceStream(int count)
    {
        // Decide how many reports each event gets, then emit the reports in random order (as a merged archive would).
        var slots = new int[count];
        var filled = 0;
        while (filled < count)
        {
            var e = NewEvent();
            _events.Add(e);
            var reports = Math.Min(Math.Min(30, 1 + Geometric(0.2)), count - filled);
            for (var k = 0; k < reports; k++)
            {
                slots[filled++] = _events.Count - 1;
            }
        }

        _rng.Shuffle(slots);
        for (var i = 0; i < count; i++)
        {
            yield return Report(_events[slots[i]], string.Create(CultureInfo.InvariantCulture, $"e{_nextEvidenceId++:D7}"));
        }
    }

    /// <summary>Drops the events generated so far (for measuring the memory the evidence alone holds).</summary>
    public void ForgetEvents()
    {
        _events.Clear();
        _events.TrimExcess();
    }

    /// <summary>Claims to verify: 90% new reports of events the evidence covers, 10% of events it does not.</summary>
    /// <param name="count">How many claims.</param>
    public Claim[] ClaimsToVerify(int count)
    {
        if (_events.Count == 0)
        {
            throw new InvalidOperationException("Generate the evidence first.");
        }

        var claims = new Claim[count];
        for (var i = 0; i < count; i++)
        {
            var e = _rng.NextDouble() < 0.9 ? _events[_rng.Next(_events.Count)] : NewEvent();
            claims[i] = Report(e, string.Create(CultureInfo.InvariantCulture, $"c{_nextClaimId++:D6}"));
        }

        return claims;
    }

    private Event NewEvent()
    {
        var subject = Pick(_subjectWeights);
        var r = _rng.NextDouble();
        var level = r < 0.03 ? 0 : r < 0.23 ? 1 : r < 0.68 ? 2 : 3;
        var place = _placesByLevel[level][_rng.Next(_placesByLevel[level].Length)];
        var day = FirstDay + _rng.Next(DayCount);
        r = _rng.NextDouble();
        var (kind, start, end) = r switch
        {
            < 0.55 => (PeriodKind.Day, day, day),
            < 0.70 => (PeriodKind.Month, MonthStart(day), MonthEnd(day)),
            < 0.97 => (PeriodKind.Interval, day, Math.Min(FirstDay + DayCount - 1, day + 7 + _rng.Next(360))),
            _ => (PeriodKind.Year, YearStart(day), YearEnd(day)),
        };

        // Counts are log-uniform from 1 to a million: most are small, a few are very large.
        var value = Math.Exp(_rng.NextDouble() * Math.Log(1_000_000));
        return new Event(subject, place, kind, start, end, value, _rng.NextDouble() >= 0.01);
    }

    // One source's report of an event: its own wording of subject, place, period and figure.
    private Claim Report(Event e, string id)
    {
        var subject = new Subject(Copy(SubjectPhrase(_subjects[e.Subject])));
        var isPrimary = _rng.NextDouble() < 0.4;
        var source = isPrimary ? _primarySources[PickZipf(_primarySources.Length)] : _outlets[_rng.Next(_outlets.Length)];
        var derived = !isPrimary && _rng.NextDouble() < 0.17;
        string[] derivedFrom = derived
            ? _rng.NextDouble() < 0.9
                ? [Copy(_primarySources[PickZipf(_primarySources.Length)])]
                : [Copy(_primarySources[PickZipf(_primarySources.Length)]), Copy(_primarySources[_rng.Next(_primarySources.Length)])]
            : [];

        var (period, grown) = PeriodOf(e);
        var figure = e.HasFigure ? FigureOf(e.Value * grown * Noise()) : null;
        var place = _rng.NextDouble() < 0.005 ? null : Place.Parse(PlacePath(e.Place));
        var claim = new Claim(id, subject, figure, Copy(source))
        {
            Place = place,
            Period = period,
            DerivedFrom = derivedFrom,
            ReportedIn = !isPrimary && _rng.NextDouble() < 0.5 ? Copy(source) : null,
            IsContested = _rng.NextDouble() < 0.01,
        };

        return _rng.NextDouble() < 0.25
            ? claim with { Quote = $"{figure?.Text ?? "An unknown number of"} {subject.Text} in {place?.Name ?? "the area"}, {source} said." }
            : claim;
    }

    private (Period? Period, double Grown) PeriodOf(Event e)
    {
        var r = _rng.NextDouble();
        if (r < 0.01)
        {
            return (null, 1);
        }

        switch (e.Kind)
        {
            case PeriodKind.Day when r < 0.10:
                return (Period.Month(Date(e.Start).Year, Date(e.Start).Month), 1);
            case PeriodKind.Day when r < 0.14:
                return (Period.Day(Date(e.Start + (_rng.Next(2) == 0 ? -1 : 1))), 1);
            case PeriodKind.Day:
                return (Period.Day(Date(e.Start)), 1);
            case PeriodKind.Month:
                return (Period.Month(Date(e.Start).Year, Date(e.Start).Month), 1);
            case PeriodKind.Year:
                return (Period.Year(Date(e.Start).Year), 1);
            case PeriodKind.Interval when r < 0.30:
                // The same running total, as of a later date: overlapping, not the same time, and larger.
                var later = e.End + 8 + _rng.Next(83);
                return (Period.Between(Date(e.Start), Date(later)), 1 + ((later - e.End) / 200.0));
            default:
                return (Period.Between(Date(e.Start), Date(e.End)), 1);
        }
    }

    private double Noise()
    {
        var r = _rng.NextDouble();
        return r switch
        {
            < 0.75 => 1 + ((_rng.NextDouble() - 0.5) * 0.06),
            < 0.95 => 1 + ((_rng.Next(2) == 0 ? -1 : 1) * (0.05 + (_rng.NextDouble() * 0.25))),
            _ => 0.3 + (_rng.NextDouble() * 2.7),
        };
    }

    private Figure FigureOf(double value)
    {
        value = Math.Max(1, value);
        var r = _rng.NextDouble();
        if (r < 0.20)
        {
            var n = Math.Round(value);
            return Figure.Exact(n, Format(n));
        }

        if (r < 0.45)
        {
            var (n, unit) = Significant(value);
            return Figure.Rounded(n, unit, Format(n));
        }

        if (r < 0.60)
        {
            var (n, unit) = Significant(value);
            return Figure.Hedged(n, 0.1, unit, $"{Hedges[_rng.Next(Hedges.Length)]} {Format(n)}");
        }

        if (r < 0.63)
        {
            var (n, _) = Significant(value * 1.05);
            return Figure.Nearly(n, 0.1, $"nearly {Format(n)}");
        }

        if (r < 0.71)
        {
            var (n, _) = Significant(value * (0.8 + (_rng.NextDouble() * 0.2)));
            return _rng.Next(2) == 0 ? Figure.AtLeast(n, $"at least {Format(n)}") : Figure.AtLeast(n, $"{Format(n)}+");
        }

        if (r < 0.75)
        {
            var (n, _) = Significant(value * (0.8 + (_rng.NextDouble() * 0.19)));
            return Figure.MoreThan(n, $"more than {Format(n)}");
        }

        if (r < 0.79)
        {
            var (n, _) = Significant(value * (1 + (_rng.NextDouble() * 0.4)));
            return Figure.UpTo(n, $"up to {Format(n)}");
        }

        if (r < 0.81)
        {
            var (n, _) = Significant(value * (1.05 + (_rng.NextDouble() * 0.4)));
            return Figure.FewerThan(n, $"fewer than {Format(n)}");
        }

        if (r < 0.91)
        {
            var (low, _) = Significant(value * (0.8 + (_rng.NextDouble() * 0.15)));
            var (high, _) = Significant(value * (1.05 + (_rng.NextDouble() * 0.25)));
            high = Math.Max(high, low);
            return _rng.Next(3) switch
            {
                0 => Figure.Between(low, high, $"between {Format(low)} and {Format(high)}"),
                1 => Figure.Between(low, high, $"{Format(low)}-{Format(high)}"),
                _ => Figure.Between(low, high, $"{Format(low)} to {Format(high)}"),
            };
        }

        if (r < 0.96)
        {
            foreach (var (phrase, low, high) in Vague)
            {
                if (value >= low && value <= high)
                {
                    return Figure.Vague(low, high, phrase);
                }
            }

            var (n, unit) = Significant(value);
            return Figure.Rounded(n, unit, Format(n));
        }

        // A data set's numbers: {"low": …, "high": …}, or an open upper end.
        var lo = Math.Floor(value * 0.9);
        return _rng.Next(4) == 0 ? Figure.Interval(lo, null) : Figure.Interval(lo, Math.Ceiling(value * 1.1));
    }

    // The value to two significant digits, and the rounding unit its trailing zeros imply ("340,000" → 10,000).
    private static (double Value, double Unit) Significant(double value)
    {
        if (value < 10)
        {
            return (Math.Max(1, Math.Round(value)), 0);
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        var n = Math.Round(value / scale) * scale;
        double unit = 1;
        while (n % (unit * 10) == 0)
        {
            unit *= 10;
        }

        return (n, unit == 1 ? 0 : unit);
    }

    private static string Format(double n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private string SubjectPhrase(SubjectSpec s)
    {
        var r = _rng.NextDouble();
        return r < 0.6 || (r >= 0.8 && s.Synonyms.Length == 0) ? s.Canonical
            : r < 0.8 ? s.Reordered
            : s.Synonyms[_rng.Next(s.Synonyms.Length)];
    }

    private string PlacePath(PlaceNode node)
    {
        var path = node.Path;
        var r = _rng.NextDouble();
        if (r < 0.70 || path.Length == 1)
        {
            return string.Join(", ", path);
        }

        if (r < 0.85 && path.Length >= 3)
        {
            // Skip one level between the first and the last name ("city, country").
            var skip = 1 + _rng.Next(path.Length - 2);
            return string.Join(", ", path.Where((_, i) => i != skip));
        }

        if (r < 0.95)
        {
            // No country.
            return string.Join(", ", path.Take(path.Length - 1));
        }

        // An alias for some name on the path, when there is one.
        return string.Join(", ", path.Select((name, i) => NodeAt(node, i).Alias ?? name));
    }

    private static PlaceNode NodeAt(PlaceNode node, int up)
    {
        for (var i = 0; i < up; i++)
        {
            node = node.Parent!;
        }

        return node;
    }

    private (SubjectSpec[] Subjects, SubjectVocabulary Table) CreateSubjects()
    {
        var specs = new List<SubjectSpec>();
        var table = SubjectVocabulary.Default;
        void Add(string noun, string verb, string? synonym)
        {
            var canonical = $"{noun} {verb}";
            string[] synonyms = synonym is null ? [] : [$"{noun} {synonym}", $"{synonym} {noun}"];

            // A third of the subjects get their synonyms into the table; the rest are matched by normalisation alone.
            if (synonyms.Length > 0 && specs.Count % 3 == 0)
            {
                table = table.With(canonical, synonyms);
            }
            else
            {
                synonyms = [];
            }

            specs.Add(new SubjectSpec(canonical, $"{verb} {noun}", synonyms));
        }

        foreach (var noun in PersonNouns)
        {
            foreach (var (verb, synonym) in PersonVerbs)
            {
                Add(noun, verb, synonym);
            }
        }

        foreach (var noun in BuildingNouns)
        {
            foreach (var (verb, synonym) in BuildingVerbs)
            {
                Add(noun, verb, synonym);
            }
        }

        // Popularity is by rank; shuffle so that popular subjects are not all about "people".
        var array = specs.ToArray();
        _rng.Shuffle(array);
        return (array, table);
    }

    private (PlaceNode[][] ByLevel, PlaceNameTable Names) CreatePlaces()
    {
        var levels = new List<PlaceNode>[] { [], [], [], [] };
        var names = PlaceNameTable.Default;
        for (var c = 0; c < 24; c++)
        {
            var country = new PlaceNode(Name(2) + CountrySuffixes[_rng.Next(CountrySuffixes.Length)], null, null);
            levels[0].Add(country);
            for (var r = 5 + _rng.Next(5); r > 0; r--)
            {
                var region = NewNode(country, ref names);
                levels[1].Add(region);
                for (var t = 3 + _rng.Next(6); t > 0; t--)
                {
                    var city = NewNode(region, ref names);
                    levels[2].Add(city);
                    for (var d = _rng.Next(7); d > 0; d--)
                    {
                        levels[3].Add(new PlaceNode(_rng.Next(4) == 0 ? $"{DistrictPrefixes[_rng.Next(DistrictPrefixes.Length)]} {city.Name}" : Name(2), city, null));
                    }
                }
            }
        }

        return ([.. levels.Select(l => l.ToArray())], names);
    }

    private PlaceNode NewNode(PlaceNode parent, ref PlaceNameTable names)
    {
        var name = Name(2 + _rng.Next(2));
        string? alias = null;
        if (_rng.NextDouble() < 0.1)
        {
            var variant = name.Replace('k', 'q').Replace("i", "ee", StringComparison.Ordinal);
            alias = variant == name ? name + "ah" : variant;
            names = names.With(name, alias);
        }

        return new PlaceNode(name, parent, alias);
    }

    private string Name(int syllables)
    {
        var chars = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_rng.Next(Syllables.Length)]));
        return char.ToUpperInvariant(chars[0]) + chars[1..];
    }

    private (string[] Primary, string[] Outlets) CreateSources()
    {
        var countries = _placesByLevel[0];
        var primary = new HashSet<string>(StringComparer.Ordinal) { "UNHCR", "IOM", "OCHA", "WHO", "ICRC", "UNICEF", "Airwars", "MSF", "Amnesty International", "Human Rights Watch" };
        while (primary.Count < 100)
        {
            primary.Add(string.Format(CultureInfo.InvariantCulture, PrimaryKinds[_rng.Next(PrimaryKinds.Length)], countries[_rng.Next(countries.Length)].Name));
        }

        var cities = _placesByLevel[2];
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        while (outlets.Count < 2_900)
        {
            outlets.Add($"{cities[_rng.Next(cities.Length)].Name} {OutletWords1[_rng.Next(OutletWords1.Length)]} {OutletWords2[_rng.Next(OutletWords2.Length)]}");
        }

        return ([.. primary], [.. outlets]);
    }

    private int Geometric(double p)
    {
        var n = 0;
        while (_rng.NextDouble() >= p)
        {
            n++;
        }

        return n;
    }

    private int PickZipf(int n) => Math.Min(n - 1, (int)(n * Math.Pow(_rng.NextDouble(), 2)));

    private int Pick(double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, _rng.NextDouble() * cumulative[^1]);
        return Math.Min(cumulative.Length - 1, i < 0 ? ~i : i);
    }

    private static double[] Cumulative(int n, Func<int, double> weight)
    {
        var result = new double[n];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += weight(i);
            result[i] = sum;
        }

        return result;
    }

    // A fresh copy, as a JSON reader would allocate.
    private static string Copy(string s) => new(s.AsSpan());

    private static DateOnly Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber);

    private static int MonthStart(int day) => Date(day).AddDays(1 - Date(day).Day).DayNumber;

    private static int MonthEnd(int day) => Date(MonthStart(day)).AddMonths(1).DayNumber - 1;

    private static int YearStart(int day) => new DateOnly(Date(day).Year, 1, 1).DayNumber;

    private static int YearEnd(int day) => new DateOnly(Date(day).Year, 12, 31).DayNumber;

    private enum PeriodKind
    {
        Day,
        Month,
        Year,
        Interval,
    }

    private sealed record SubjectSpec(string Canonical, string Reordered, string[] Synonyms);

    private sealed class PlaceNode
    {
        public PlaceNode(string name, PlaceNode? parent, string? alias)
        {
            Name = name;
            Parent = parent;
            Alias = alias;
            Path = parent is null ? [name] : [name, .. parent.Path];
        }

        public string Name { get; }

        public PlaceNode? Parent { get; }

        public string? Alias { get; }

        /// <summary>The names from this place up to its country.</summary>
        public string[] Path { get; }
    }

    private sealed record Event(int Subject, PlaceNode Place, PeriodKind Kind, int Start, int End, double Value, bool HasFigure);
}
