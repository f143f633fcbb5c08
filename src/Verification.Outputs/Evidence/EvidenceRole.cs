namespace Verification.Outputs.Evidence;

/// <summary>What a piece of evidence is to the claim it was compared with, as the findings say.</summary>
internal enum EvidenceRole
{
    /// <summary>An independent figure that agrees.</summary>
    Supports,

    /// <summary>An independent figure that conflicts.</summary>
    Contradicts,

    /// <summary>The same count at a time that does not compare.</summary>
    NotComparable,

    /// <summary>Named by a finding in another way (a part of the count, a validator's note).</summary>
    Mentioned,

    /// <summary>A repetition of the claim's own origin: listed, never counted.</summary>
    Echo,
}
