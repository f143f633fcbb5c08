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
