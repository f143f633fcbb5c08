namespace Verification.Outputs;

/// <summary>How the evidence behind a verdict balances: the four classes that fact-checking data sets (FEVER, AVeriTeC)
/// label claims with.</summary>
/// <remarks>Read from a result with <see cref="EvidenceBalances.Of"/>, which states the mapping from verdicts.</remarks>
public enum EvidenceBalance
{
    /// <summary>No comparable independent evidence either way: an unverified claim, or one contested only by its own
    /// report's flag or a validator's judgement.</summary>
    NotEnoughEvidence,

    /// <summary>Independent evidence agrees and none disagrees: a corroborated claim.</summary>
    Supported,

    /// <summary>A contested claim that evidence contradicts and no evidence supports.</summary>
    Refuted,

    /// <summary>A contested claim that some independent evidence also supports: evidence on both sides.</summary>
    Conflicting,
}
