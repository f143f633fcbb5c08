namespace Verification.Input;

/// <summary>Carried on each FluentValidation failure so it can become a <see cref="ClaimProblem"/> naming claim and field.</summary>
internal sealed record ProblemState(string? ClaimLabel, string Field);
