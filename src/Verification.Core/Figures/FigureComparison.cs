namespace Verification.Figures;

/// <summary>The result of comparing two figures with <see cref="Figure.Compare"/>.</summary>
/// <param name="Agrees">Whether the two intervals overlap or touch (see <see cref="Figure.Compare"/>).</param>
/// <param name="AgreesOnlyThroughLeeway">Whether they agree only because a hedge, rounding or an open bound gave leeway: the numbers literally stated do not overlap, or the intervals only touch.</param>
/// <param name="Gap">The distance between the two intervals; zero when they agree.</param>
/// <param name="RelativeGap">The gap divided by the larger stated value (0.5 means the nearer ends are 50% apart).</param>
public readonly record struct FigureComparison(bool Agrees, bool AgreesOnlyThroughLeeway, double Gap, double RelativeGap);
