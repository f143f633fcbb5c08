namespace Verification.Input;

/// <summary>Carried on each FluentValidation failure so it can become a <see cref="ClaimProblem"/> naming claim and field.</summary>
/// <remarks><paramref name="Position"/> is the index of the claim the problem is found at, when known, so that problems
/// can be listed in claim order.</remarks>
internal sealed record ProblemState(string? ClaimLabel, string Field, int? Position = null);
