namespace Verification.Import;

/// <summary>What reading an evidence file through once to check it found: every problem and how many claims it gives,
/// without the claims, so that a file of any size is checked in the memory of a row.</summary>
public sealed class EvidenceFileCheck
{
    /// <summary>Creates a check's result.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="format">The format it was read as.</param>
    /// <param name="problems">Every problem found, in file order.</param>
    /// <param name="rows">How many rows gave a claim or a problem.</param>
    /// <param name="claims">How many claims the file gives: all of its claims, or, when refused, none.</param>
    /// <param name="refused">Whether the file is refused for its problems.</param>
    public EvidenceFileCheck(string fileName, string format, IReadOnlyList<ImportProblem> problems, long rows, long claims, bool refused)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(problems);
        FileName = fileName;
        Format = format;
        Problems = problems;
        Rows = rows;
        Claims = claims;
        IsRefused = refused;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The format it was read as.</summary>
    public string Format { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>How many rows gave a claim or a problem.</summary>
    public long Rows { get; }

    /// <summary>How many claims reading the file again gives (<see cref="EvidenceFileImport.ReadFileClaimsAsync"/>): its
    /// good rows' claims, or none when it is refused.</summary>
    public long Claims { get; }

    /// <summary>Whether the file is refused (<see cref="BadRows.Refuse"/> and at least one problem).</summary>
    public bool IsRefused { get; }
}
