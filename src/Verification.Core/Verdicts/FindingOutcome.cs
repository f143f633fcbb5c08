namespace Verification.Verdicts;

/// <summary>What a finding says about its claim.</summary>
public enum FindingOutcome
{
    /// <summary>Evidence supports the claim.</summary>
    Supports,

    /// <summary>Evidence or a rule contradicts the claim; any such finding makes the claim contested.</summary>
    Contradicts,

    /// <summary>Information for the reader that does not decide the verdict (echoes, evidence not comparable in time).</summary>
    Note,

    /// <summary>The validator failed (threw or timed out); it decides nothing.</summary>
    Error,
}
