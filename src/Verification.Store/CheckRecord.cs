namespace Verification.Store;

/// <summary>How a check kept in an <see cref="EvidenceStore"/> was made, beside its results: what
/// <see cref="EvidenceStore.RecordChecksAsync"/> keeps.</summary>
public sealed record CheckRecord
{
    /// <summary>The last import committed before the check began (<see cref="EvidenceStore.GetLastImportIdAsync"/>):
    /// imports after it are those a recheck looks for. Null for the last import when the results are recorded.</summary>
    public long? LastImportSeen { get; init; }

    /// <summary>What else the check was made with (other evidence, options), as text its maker reads back to check the
    /// report again the same way (<see cref="KeptCheck.Settings"/>); null when nothing else.</summary>
    public string? Settings { get; init; }
}
