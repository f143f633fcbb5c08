namespace Verification.Import;

/// <summary>The start of a file, for telling its format: its name and its first rows split into cells.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="Rows">Its first rows (up to <see cref="MaxRows"/>), read as CSV; empty when the file is not CSV.</param>
/// <param name="Head">Its first characters (up to <see cref="MaxChars"/>).</param>
public sealed record FilePreview(string FileName, IReadOnlyList<IReadOnlyList<string>> Rows, string Head)
{
    /// <summary>How many rows a preview holds: enough to find an HXL hashtag row under a few title rows.</summary>
    public const int MaxRows = 25;

    /// <summary>How many characters <see cref="Head"/> holds.</summary>
    public const int MaxChars = 4096;
}
