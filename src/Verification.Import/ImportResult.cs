using Verification.Claims;
namespace Verification.Import;

/// <summary>What reading one evidence file gave: the claims kept, and every problem found.</summary>
public sealed class ImportResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="format">The format it was read as.</param>
    /// <param name="claims">The claims kept.</param>
    /// <param name="problems">Every problem found.</param>
    /// <param name="rows">How many data rows were read.</param>
    /// <param name="refused">Whether the file was refused for its problems.</param>
    public ImportResult(string fileName, string format, IReadOnlyList<Claim> claims, IReadOnlyList<ImportProblem> problems, long rows, bool refused)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(problems);
        FileName = fileName;
        Format = format;
        Claims = claims;
        Problems = problems;
        Rows = rows;
        IsRefused = refused;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The format it was read as.</summary>
    public string Format { get; }

    /// <summary>The claims kept: all of them, the good rows' only (<see cref="BadRows.Skip"/>), or none when refused.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>How many rows gave a claim or a problem.</summary>
    public long Rows { get; }

    /// <summary>Whether the file was refused (<see cref="BadRows.Refuse"/> and at least one problem): then
    /// <see cref="Claims"/> is empty.</summary>
    public bool IsRefused { get; }
}
