namespace Verification.Plugins.SourceReliability;

/// <summary>How reliable a source is, on the A–F scale intelligence analysts use (the "Admiralty code").</summary>
/// <remarks>The grade judges the source — its track record, access and motives — not the figure it reports: the
/// information's credibility is judged apart, here by the verdict (corroborated, contested, unverified). A–E are ordered,
/// A best; F means the source's reliability cannot be judged, and is not "worse" than E.</remarks>
public enum SourceReliabilityGrade
{
    /// <summary>Completely reliable: no doubt of authenticity, trustworthiness or competence; a history of complete reliability.</summary>
    A,

    /// <summary>Usually reliable: minor doubt; a history of mostly valid information.</summary>
    B,

    /// <summary>Fairly reliable: doubt; has provided valid information in the past.</summary>
    C,

    /// <summary>Not usually reliable: significant doubt; has provided valid information in the past.</summary>
    D,

    /// <summary>Unreliable: lacking in authenticity, trustworthiness and competence; a history of invalid information.</summary>
    E,

    /// <summary>Reliability cannot be judged: no basis exists for evaluating the source.</summary>
    F,
}
