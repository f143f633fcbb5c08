namespace Verification;

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
        Problems = problems;
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
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidClaimsException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ClaimProblem> Problems { get; }

    /// <summary>Where the input came from (a file path), when known.</summary>
    public string? InputSource { get; }

    private static string Describe(IReadOnlyList<ClaimProblem> problems, string? source)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var where = source is null ? "The input" : $"'{source}'";
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"{where} has {problems.Count} {noun}:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p.Message));
    }
}
