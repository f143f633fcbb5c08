using System.Collections;
using System.Globalization;
using static Verification.Validators.EvidenceDescriptions;

namespace Verification.Validators;

/// <summary>The findings of <see cref="FigureAgreementValidator"/> for one claim: one per independent figure compared,
/// kept as compact records and made into <see cref="Finding"/> objects when first read, then its notes.</summary>
/// <remarks>A bulk run keeps every claim's findings until it ends and reads few of them; three objects per comparison
/// (the finding, its message and its evidence list) were most of what a run kept. Reading the list gives the same
/// findings, in the same order, each made once: later reads return the same instance.</remarks>
internal sealed class ComparisonFindings : IReadOnlyList<Finding>, IFindingsSummary
{
    private readonly Claim _claim;
    private readonly Comparison[] _comparisons;
    private readonly Finding[] _notes;
    private Finding?[]? _made;

    /// <summary>Findings about <paramref name="claim"/>: the comparisons, then the notes.</summary>
    public ComparisonFindings(Claim claim, Comparison[] comparisons, Finding[] notes)
    {
        _claim = claim;
        _comparisons = comparisons;
        _notes = notes;
        foreach (var c in comparisons)
        {
            AnySupports |= c.Agrees;
            AnyContradicts |= !c.Agrees;
        }
    }

    public int Count => _comparisons.Length + _notes.Length;

    public bool AnyContradicts { get; }

    public bool AnySupports { get; }

    // Neither comparisons nor the notes of this validator discount any origin.
    public bool AnyDiscounts => false;

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (index >= _comparisons.Length)
            {
                return _notes[index - _comparisons.Length];
            }

            // Two threads reading one finding first may both make it; the first one stored is the one every reader gets.
            var made = Volatile.Read(ref _made) ?? Interlocked.CompareExchange(ref _made, new Finding?[_comparisons.Length], null) ?? _made!;
            return Volatile.Read(ref made[index]) ?? Interlocked.CompareExchange(ref made[index], Make(_comparisons[index]), null) ?? made[index]!;
        }
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Finding Make(Comparison c) =>
        new(FigureAgreementValidator.ValidatorName, c.Agrees ? FindingOutcome.Supports : FindingOutcome.Contradicts, new ComparisonMessage(_claim, c.Evidence, c.TimeUnchecked))
        {
            Evidence = [c.Evidence.Id],
            Origins = c.Origins,
        };

    // "UNHCR's 'about 270,000' (243,000–297,000) agrees with …" or "… conflicts with …".
    // The comparison is made again when the message is written: keeping it would make every finding larger.
    private sealed class ComparisonMessage(Claim claim, Claim evidence, bool timeUnchecked) : FindingMessage
    {
        public override string Compose()
        {
            var comparison = claim.Figure!.Compare(evidence.Figure!);
            if (comparison.Agrees)
            {
                var leeway = comparison.AgreesOnlyThroughLeeway ? ", but only within the hedge or rounding of the stated numbers" : string.Empty;
                return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} agrees with {FigureOf(evidence)}{WhereWhen(evidence)}{leeway}{TimeNote(timeUnchecked)}.");
            }

            var direction = evidence.Figure!.Low >= claim.Figure!.High ? "higher" : "lower";
            var gap = comparison.RelativeGap;
            var percent = double.IsInfinity(gap) ? string.Empty : $", {Math.Round(gap * 100).ToString(CultureInfo.InvariantCulture)}% apart at the nearest ends";
            return string.Create(CultureInfo.InvariantCulture, $"{FigureOf(claim)} conflicts with {FigureOf(evidence)}{WhereWhen(evidence)}: the independent figure is {direction}{percent}{TimeNote(timeUnchecked)}.");
        }
    }

    /// <summary>One comparison: the evidence, its independent origins, whether the figures agree, and whether time went
    /// unchecked because a period is missing.</summary>
    internal readonly record struct Comparison(Claim Evidence, IReadOnlyList<string> Origins, bool Agrees, bool TimeUnchecked);
}
