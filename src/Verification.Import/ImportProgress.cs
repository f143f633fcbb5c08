namespace Verification.Import;

/// <summary>How far a read has come.</summary>
/// <param name="Rows">Rows read so far.</param>
/// <param name="Bytes">Bytes of the file read so far.</param>
/// <param name="TotalBytes">The file's length, when known.</param>
public readonly record struct ImportProgress(long Rows, long Bytes, long? TotalBytes);
