using Verification.Claims;
namespace Verification.Import;

/// <summary>What one row of an evidence file gave: a claim, or the problems that kept it from being one.</summary>
/// <remarks>A row that states several figures (a data set with killed and injured columns) gives one record per figure,
/// each with the same <see cref="Row"/>.</remarks>
public sealed class ImportRecord
{
    private ImportRecord(int row, Claim? claim, IReadOnlyList<ImportProblem> problems)
    {
        Row = row;
        Claim = claim;
        Problems = problems;
    }

    /// <summary>The row, counting from 1 as a spreadsheet shows it (the header row included).</summary>
    public int Row { get; }

    /// <summary>The claim read from the row; null when the row has problems.</summary>
    public Claim? Claim { get; }

    /// <summary>Every problem with the row; empty when <see cref="Claim"/> was read.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Whether the row gave a claim.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Claim))]
    public bool IsClaim => Claim is not null;

    /// <summary>A row read into a claim.</summary>
    /// <param name="row">The row.</param>
    /// <param name="claim">The claim.</param>
    public static ImportRecord Read(int row, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(row, claim, []);
    }

    /// <summary>A row that could not be read.</summary>
    /// <param name="row">The row.</param>
    /// <param name="problems">Every problem with it; at least one.</param>
    /// <exception cref="ArgumentException">No problems given.</exception>
    public static ImportRecord Refused(int row, IReadOnlyList<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A refused row needs at least one problem.", nameof(problems));
        }

        return new(row, null, problems);
    }

    /// <inheritdoc />
    public override string ToString() => Claim is { } claim ? $"row {Row}: {claim}" : $"row {Row}: {Problems.Count} problem(s)";
}
