namespace Verification.Json;

/// <summary>How many results have each verdict.</summary>
/// <param name="Corroborated">Corroborated claims.</param>
/// <param name="Contested">Contested claims.</param>
/// <param name="Unverified">Unverified claims.</param>
public sealed record VerdictCounts(int Corroborated, int Contested, int Unverified)
{
    /// <summary>Every result.</summary>
    public int Total => Corroborated + Contested + Unverified;
}
