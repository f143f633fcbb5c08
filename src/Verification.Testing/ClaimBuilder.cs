using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Testing;

/// <summary>Builds a <see cref="Claim"/> for a test, one property at a time, with text in the same forms as a claims file.</summary>
/// <remarks>
/// <para>Defaults make a valid claim that says little: id <c>"c1"</c>, subject <c>"people killed"</c>, source
/// <c>"Test source"</c>, no figure, no place, no period (so time is not checked), not flagged as contested. Set what
/// the test is about and leave the rest.</para>
/// <para>Figure, place and period text is read when it is set, by the same rules as a claims file
/// (<see cref="Figure.Parse"/>, <see cref="Place.Parse"/>, <see cref="Period.Parse"/>), so a typo fails at the line
/// that made it. A builder is mutable and not thread-safe; <see cref="Build"/> returns an immutable claim and may be
/// called again after further changes.</para>
/// </remarks>
/// <example>
/// <code>
/// Claim claim = new ClaimBuilder("m4")
///     .WithSubject("civilians killed")
///     .WithFigure("dozens")
///     .WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
///     .WithPeriod("2017-03-17")
///     .WithSource("Local officials and residents")
///     .Build();
/// </code>
/// </example>
public sealed class ClaimBuilder
{
    /// <summary>The id a builder starts with.</summary>
    public const string DefaultId = "c1";

    /// <summary>The subject a builder starts with.</summary>
    public const string DefaultSubject = "people killed";

    /// <summary>The source a builder starts with.</summary>
    public const string DefaultSource = "Test source";

    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);
    private readonly List<string> _derivedFrom = [];
    private string _id;
    private Subject _subject = new(DefaultSubject);
    private Figure? _figure;
    private Place? _place;
    private Period? _period;
    private string _source = DefaultSource;
    private string? _reportedIn;
    private string? _quote;
    private bool _contested;
    private FigureOptions _figureOptions = FigureOptions.Default;

    /// <summary>Starts a claim with the id <see cref="DefaultId"/>.</summary>
    public ClaimBuilder()
        : this(DefaultId)
    {
    }

    /// <summary>Starts a claim with the given id.</summary>
    /// <param name="id">The claim's id.</param>
    public ClaimBuilder(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
    }

    /// <summary>Starts a builder holding a copy of an existing claim, to change a few properties of it.</summary>
    /// <param name="claim">The claim to copy.</param>
    public static ClaimBuilder FromClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var builder = new ClaimBuilder(claim.Id)
        {
            _subject = claim.Subject,
            _figure = claim.Figure,
            _place = claim.Place,
            _period = claim.Period,
            _source = claim.Source,
            _reportedIn = claim.ReportedIn,
            _quote = claim.Quote,
            _contested = claim.IsContested,
        };
        builder._derivedFrom.AddRange(claim.DerivedFrom);
        foreach (var (key, value) in claim.Metadata)
        {
            builder._metadata[key] = value;
        }

        return builder;
    }

    /// <summary>Sets the id.</summary>
    /// <param name="id">The claim's id.</param>
    public ClaimBuilder WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
        return this;
    }

    /// <summary>Sets what the figure counts ("people displaced").</summary>
    /// <param name="subject">The subject phrase.</param>
    public ClaimBuilder WithSubject(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _subject = new Subject(subject);
        return this;
    }

    /// <summary>Sets the options figure text is read with; set them before <see cref="WithFigure(string)"/>.</summary>
    /// <param name="options">Hedge tolerance, rounding and the vague-quantity table.</param>
    public ClaimBuilder WithFigureOptions(FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _figureOptions = options;
        return this;
    }

    /// <summary>Sets the figure from its text ("around 340,000", "dozens", "at least 440").</summary>
    /// <param name="text">The figure as stated.</param>
    /// <exception cref="FormatException">The text is not a figure.</exception>
    public ClaimBuilder WithFigure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _figure = Figure.Parse(text, _figureOptions);
        return this;
    }

    /// <summary>Sets the figure.</summary>
    /// <param name="figure">The figure.</param>
    public ClaimBuilder WithFigure(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _figure = figure;
        return this;
    }

    /// <summary>Sets the figure to the interval [<paramref name="low"/>, <paramref name="high"/>], as a data set's
    /// <c>{"low": …, "high": …}</c>; a null <paramref name="high"/> means no upper bound.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end, or null for none.</param>
    public ClaimBuilder WithFigure(double low, double? high)
    {
        _figure = Figure.Interval(low, high);
        return this;
    }

    /// <summary>Removes the figure: a dated event with no number.</summary>
    public ClaimBuilder WithoutFigure()
    {
        _figure = null;
        return this;
    }

    /// <summary>Sets the place from its path, most specific first ("al-Jadida, West Mosul, Mosul, Iraq").</summary>
    /// <param name="path">The place's path.</param>
    /// <exception cref="FormatException">The path is empty or has an empty part.</exception>
    public ClaimBuilder WithPlace(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _place = Place.Parse(path);
        return this;
    }

    /// <summary>Removes the place.</summary>
    public ClaimBuilder WithoutPlace()
    {
        _place = null;
        return this;
    }

    /// <summary>Sets the period from its text: "2017-03-17", "2017-03", "2017" or "2016-10-17/2017-03-25".</summary>
    /// <param name="text">The period.</param>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public ClaimBuilder WithPeriod(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _period = Period.Parse(text);
        return this;
    }

    /// <summary>Sets the period.</summary>
    /// <param name="period">The period.</param>
    public ClaimBuilder WithPeriod(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        _period = period;
        return this;
    }

    /// <summary>Removes the period: time is then not checked, and findings say so.</summary>
    public ClaimBuilder WithoutPeriod()
    {
        _period = null;
        return this;
    }

    /// <summary>Sets the party that produced the figure.</summary>
    /// <param name="source">The source ("UNHCR").</param>
    public ClaimBuilder WithSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        return this;
    }

    /// <summary>Adds sources the figure was taken from (an outlet quoting UNHCR adds "UNHCR").</summary>
    /// <param name="sources">The sources.</param>
    public ClaimBuilder WithDerivedFrom(params IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _derivedFrom.AddRange(sources);
        return this;
    }

    /// <summary>Sets the outlet or document the claim appeared in.</summary>
    /// <param name="reportedIn">The outlet.</param>
    public ClaimBuilder WithReportedIn(string reportedIn)
    {
        ArgumentNullException.ThrowIfNull(reportedIn);
        _reportedIn = reportedIn;
        return this;
    }

    /// <summary>Sets the sentence the figure was stated in.</summary>
    /// <param name="quote">The quote.</param>
    public ClaimBuilder WithQuote(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _quote = quote;
        return this;
    }

    /// <summary>Sets whether the claim's own report flags the figure as disputed or poorly sourced.</summary>
    /// <param name="contested">Whether the report flags it.</param>
    public ClaimBuilder FlaggedAsContested(bool contested = true)
    {
        _contested = contested;
        return this;
    }

    /// <summary>Adds or replaces a free-form metadata field.</summary>
    /// <param name="key">The field's name.</param>
    /// <param name="value">The value (raw JSON text when it came from a file).</param>
    public ClaimBuilder WithMetadata(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _metadata[key] = value;
        return this;
    }

    /// <summary>Builds the claim.</summary>
    public Claim Build() => new(_id, _subject, _figure, _source)
    {
        Place = _place,
        Period = _period,
        DerivedFrom = [.. _derivedFrom],
        ReportedIn = _reportedIn,
        IsContested = _contested,
        Quote = _quote,
        Metadata = new Dictionary<string, string>(_metadata, StringComparer.Ordinal),
    };

    /// <summary>The claim as it would be built, in one line.</summary>
    public override string ToString() => VerificationText.DescribeClaim(Build());
}
