namespace Verification.Store;

/// <summary>How an <see cref="EvidenceStore"/> is read.</summary>
public sealed class EvidenceStoreOptions
{
    /// <summary>The day whose evidence queries see: each claim's revision in force that day (released on or before it
    /// and not yet replaced). Null, the default, for the latest revision of each claim.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>The clock an import's release day defaults to (today, UTC) and checks are stamped with.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
