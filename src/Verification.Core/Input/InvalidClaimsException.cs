namespace Verification.Input;

/// <summary>Input that breaks the rules: every problem is listed, and nothing was verified.</summary>
public sealed class InvalidClaimsException : Exception
{
    /// <summary>Creates the exception with its problems.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidClaimsException(IReadOnlyList<ClaimProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception with its problems and where the input came from.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <param name="source">Where the input came from (a file path), when known.</param>
    public InvalidClaimsException(IReadOnlyList<ClaimProblem> problems, string? source)
        : base(Describe(problems, source))
    {
        Problems = Listed(problems);
        InputSource = source;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidClaimsException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public InvalidClaimsException(string message)
        : base(message) => Problems = Listed([]);

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidClaimsException(string message, Exception innerException)
        : base(message, innerException) => Problems = Listed([]);

    /// <summary>Every problem found.</summary>
    /// <remarks>The list's text gives each problem with its code, separated by "; ", which is what test runners that
    /// show an exception's properties print.</remarks>
    public IReadOnlyList<ClaimProblem> Problems { get; }

    /// <summary>Where the input came from (a file path), when known.</summary>
    public string? InputSource { get; }

    // A list whose text lists the problems: test runners show an exception's properties by their text.
    private static ListedItems<ClaimProblem> Listed(IEnumerable<ClaimProblem> problems) => new(problems, p => p.ToString());

    private static string Describe(IReadOnlyList<ClaimProblem> problems, string? source)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var where = source is null ? "The input" : $"'{source}'";
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"{where} has {problems.Count} {noun}:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p.Message));
    }
}
