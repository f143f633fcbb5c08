using Verification.Verdicts;
namespace Verification.Plugins.CasualtyGrading;

/// <summary>The grade a <c>casualty-grade</c> finding gives (see <see cref="Finding.State"/>): read it rather than the
/// message, whose wording may change.</summary>
/// <param name="Grade">How well the claim is attested.</param>
/// <param name="Reason">Why, in words (the part of the message after the grade).</param>
public sealed record CasualtyGradeState(CasualtyGrade Grade, string Reason);
