namespace Verification;

/// <summary>The result of comparing two figures with <see cref="Figure.Compare"/>.</summary>
/// <param name="Agrees">Whether the two intervals overlap.</param>
/// <param name="AgreesOnlyThroughLeeway">Whether they agree only because a hedge or rounding widened them: the numbers literally stated do not overlap.</param>
/// <param name="Gap">The distance between the two intervals; zero when they agree.</param>
/// <param name="RelativeGap">The gap divided by the larger stated value (0.5 means the nearer ends are 50% apart).</param>
public readonly record struct FigureComparison(bool Agrees, bool AgreesOnlyThroughLeeway, double Gap, double RelativeGap);
