using Verification.Validators;
namespace Verification.Verdicts;

/// <summary>The codes of the findings the engine and its built-in validators make (see <see cref="Finding.Code"/>).</summary>
/// <remarks>A code names what was found, not how it is worded: tools and tests switch on codes, and a finding's message
/// may be reworded in any version while its code stays. Codes are lower-case words joined by hyphens; plugins use their
/// own (the shipped plugins' codes start with their name: <c>casualty-grade</c>, <c>displacement-…</c>,
/// <c>source-reliability-…</c>). docs/findings.md lists every code with the state it carries.</remarks>
public static class FindingCodes
{
    /// <summary>An independent figure for the same count, place and time agrees with the claim's
    /// (<see cref="FindingOutcome.Supports"/>; state: <see cref="FigureComparisonState"/>).</summary>
    public const string FigureAgrees = "figure-agrees";

    /// <summary>An independent figure for the same count, place and time excludes the claim's, or a running total shrank
    /// (<see cref="FindingOutcome.Contradicts"/>; state: <see cref="FigureComparisonState"/>).</summary>
    public const string FigureConflicts = "figure-conflicts";

    /// <summary>Evidence that repeats the claim's own origin, listed in <see cref="Finding.Echoes"/>
    /// (<see cref="FindingOutcome.Note"/>).</summary>
    public const string Echoes = "echoes";

    /// <summary>Evidence for the same count whose time does not compare, listed in <see cref="Finding.NotComparable"/>
    /// (<see cref="FindingOutcome.Note"/>).</summary>
    public const string NotComparableInTime = "not-comparable-in-time";

    /// <summary>No independent figure of the same time was found (<see cref="FindingOutcome.Note"/>).</summary>
    public const string NoIndependentFigure = "no-independent-figure";

    /// <summary>The claim states no figure, so nothing was compared (<see cref="FindingOutcome.Note"/>).</summary>
    public const string NoFigure = "no-figure";

    /// <summary>A part's count exceeds its whole's at the same time (<see cref="FindingOutcome.Contradicts"/>; state:
    /// <see cref="PartWholeState"/>).</summary>
    public const string PartExceedsWhole = "part-exceeds-whole";

    /// <summary>The claim's report marks it contested (<see cref="FindingOutcome.Contradicts"/>).</summary>
    public const string MarkedContested = "marked-contested";

    /// <summary>A validator threw, or returned something that is not a finding; it decides nothing
    /// (<see cref="FindingOutcome.Error"/>).</summary>
    public const string ValidatorFailed = "validator-failed";

    /// <summary>A validator did not finish within its time; it decides nothing (<see cref="FindingOutcome.Error"/>).</summary>
    public const string ValidatorTimedOut = "validator-timed-out";

    /// <summary>A validator that kept timing out was cut off for the rest of the run and not called for this claim
    /// (<see cref="FindingOutcome.Error"/>; see <see cref="VerificationOptions.ValidatorCutOffMinimumCalls"/>).</summary>
    public const string ValidatorCutOff = "validator-cut-off";
}
