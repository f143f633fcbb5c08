namespace Verification.Verdicts;

/// <summary>How much a finding asks of the reader, for tools that sort, filter or colour findings.</summary>
/// <remarks>Unless a validator sets it, a finding's severity follows from its outcome: <see cref="FindingOutcome.Supports"/>
/// and <see cref="FindingOutcome.Note"/> are <see cref="Information"/>, <see cref="FindingOutcome.Contradicts"/> is
/// <see cref="Warning"/>, <see cref="FindingOutcome.Error"/> is <see cref="Error"/>. Severity never changes a verdict:
/// the verdict reads outcomes only.</remarks>
public enum FindingSeverity
{
    /// <summary>Information: what agrees, what was not comparable, how a figure was read.</summary>
    Information,

    /// <summary>Something the reader should look at: a contradiction, or a note a validator flags (a weak grade).</summary>
    Warning,

    /// <summary>A check that could not be made: a validator failed or ran out of time.</summary>
    Error,
}
