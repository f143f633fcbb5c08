using Verification.Claims;
namespace Verification.Json;

/// <summary>A claims or evidence file, read: the report it describes and its claims.</summary>
/// <param name="Report">The report (from the file's <c>report</c> object; with only an id when the file has none) and its claims.</param>
/// <param name="Path">The file it was read from, when it was read from a file.</param>
public sealed record ClaimsDocument(Report Report, string? Path = null)
{
    /// <summary>The claims, in file order.</summary>
    public IReadOnlyList<Claim> Claims => Report.Claims;
}
