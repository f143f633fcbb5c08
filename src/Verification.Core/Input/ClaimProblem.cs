namespace Verification.Input;

/// <summary>One problem with input: which claim, which field, what is wrong.</summary>
/// <param name="ClaimId">The claim's id, or its position ("#3") when it has none; null for a problem with the whole file.</param>
/// <param name="Field">The field ("figure", "period"…), or "report" / "file" for problems outside a claim.</param>
/// <param name="Code">A stable machine-readable code, e.g. "figure-inverted".</param>
/// <param name="Message">What is wrong, in a sentence that names the claim and the field.</param>
public sealed record ClaimProblem(string? ClaimId, string Field, string Code, string Message)
{
    /// <summary>The claim's position in its input, counting from 1 ("claim 3"); null for a problem with the whole input,
    /// or when the claim was checked on its own.</summary>
    /// <remarks>Ids are not unique in bad input: the position tells two claims given one id apart, and problems are
    /// listed in its order.</remarks>
    public int? Position { get; init; }

    /// <summary>The message, prefixed with the code: "figure-inverted: claim 'c3', field 'figure': …".</summary>
    public override string ToString() => $"{Code}: {Message}";
}
