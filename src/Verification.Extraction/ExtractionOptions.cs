using Verification.Claims;
using Verification.Extraction.Places;
using Verification.Figures;
using Verification.Places;
namespace Verification.Extraction;

/// <summary>How claims are read from text.</summary>
/// <remarks>Immutable; derive a changed copy with a <c>with</c> expression.</remarks>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: <see cref="FigureOptions.Default"/>, <see cref="WorldGazetteer.Default"/>, 28 days for "recently".</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>How figure text is read: hedge tolerance, rounding, and the vague-quantity table (a phrase added to the
    /// table is found in running text too).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public FigureOptions Figures
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Figures));
    } = FigureOptions.Default;

    /// <summary>The places names are found and resolved with; <see cref="WorldGazetteer.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Gazetteer Gazetteer
    {
        get => field ?? WorldGazetteer.Default;
        init => field = value ?? throw new ArgumentNullException(nameof(Gazetteer));
    }

    /// <summary>How many days up to publication "recently" covers ("in recent weeks" covers the same). Default 28.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int RecentDays
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RecentDays), value, "'Recently' must cover at least one day.");
    } = 28;

    /// <summary>The languages an article may be written in, as <see cref="Language"/> codes: "en" (the default) and
    /// "fr".</summary>
    public static IReadOnlyList<string> SupportedLanguages => Languages.ExtractionLanguages.Supported;

    /// <summary>The language of the articles read, as a code of <see cref="SupportedLanguages"/>: "en" (the default) or "fr".</summary>
    /// <remarks>The language is not guessed from the text: an article read in the wrong language loses its figures
    /// silently, so the caller states it. An article in French is read through the French glosses and digit writing
    /// (Data/fr): its numbers ("3 000", "3,5 millions"), hedges ("plus de", "près de"), dates ("le 17 octobre 2016", "du 11
    /// au 14 juin"), subjects ("civils tués") and attributions ("selon l'OIM") are read as their English counterparts,
    /// and every span still points into the French text. A claim's figure, subject and source are written in the
    /// canonical (English) terms claims files use ("more than 3,000", "civilians killed", "IOM").</remarks>
    /// <exception cref="ArgumentException">The value is not a code of <see cref="SupportedLanguages"/>.</exception>
    public string Language
    {
        get;
        init => field = value is not null && SupportedLanguages.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new ArgumentException($"'{value}' is not a language the extraction reads ({string.Join(", ", SupportedLanguages)}).", nameof(Language));
    } = "en";

    /// <summary>Whether <see cref="ClaimExtractor.Extract(Article)"/> also returns every mention it found
    /// (<see cref="ExtractionResult.Mentions"/>). Default false: a claims run does not keep hundreds of thousands of
    /// mentions of a long text alive; <see cref="TextAnnotator"/> always returns them.</summary>
    public bool KeepMentions { get; init; }

    /// <summary>Whether figures in a headline become claims. Default false: a headline restates the body loosely
    /// ("Air Raids Kill Hundreds"), and its figures are still reported as mentions.</summary>
    public bool ClaimsFromHeadline { get; init; }
}

/// <summary>An article to read: its text and when it was published.</summary>
/// <param name="Text">The article's text: a headline line, then paragraphs separated by blank lines (or one per line).</param>
/// <param name="Published">The day it was published; relative dates ("last week", "on Thursday") are resolved against it.</param>
public sealed record Article(string Text, DateOnly Published)
{
    /// <summary>The outlet that published it: the claims' <see cref="Claim.ReportedIn"/>, and the source of figures the
    /// text does not attribute to anyone.</summary>
    public string? Outlet { get; init; }

    /// <summary>An identifier for the report; "report-YYYY-MM-DD" when not given.</summary>
    public string? Id { get; init; }
}
