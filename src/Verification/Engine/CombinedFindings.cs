using System.Collections;
using System.Diagnostics;
using Verification.Verdicts;

namespace Verification.Engine;

/// <summary>The findings of several validators for one claim, in validator order, read as one list.</summary>
/// <remarks>Keeps each validator's list as it is rather than copying its findings into one array: a built-in validator's
/// list makes its <see cref="Finding"/> objects when they are first read (see <see cref="IFindingsSummary"/>), and
/// copying would make them all for every claim that more than one validator has something to say about. What the
/// verdict rules ask is answered from each list's own summary where it has one. Every list handed in must not change
/// afterwards (the engine copies a plugin's list before it gets here).</remarks>
internal sealed class CombinedFindings : IReadOnlyList<Finding>, IFindingsSummary
{
    private readonly IReadOnlyList<Finding>[] _parts;

    private CombinedFindings(IReadOnlyList<Finding>[] parts)
    {
        _parts = parts;
        foreach (var part in parts)
        {
            Count += part.Count;
            if (part is IFindingsSummary summary)
            {
                AnyContradicts |= summary.AnyContradicts;
                AnySupports |= summary.AnySupports;
                AnyDiscounts |= summary.AnyDiscounts;
                continue;
            }

            for (var i = 0; i < part.Count; i++)
            {
                var finding = part[i];
                AnyContradicts |= finding.Outcome == FindingOutcome.Contradicts;
                AnySupports |= finding.Outcome == FindingOutcome.Supports;
                AnyDiscounts |= finding.DiscountedOrigins.Count > 0;
            }
        }
    }

    public int Count { get; }

    public bool AnyContradicts { get; }

    public bool AnySupports { get; }

    public bool AnyDiscounts { get; }

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            foreach (var part in _parts)
            {
                if (index < part.Count)
                {
                    return part[index];
                }

                index -= part.Count;
            }

            throw new UnreachableException();
        }
    }

    /// <summary>The findings of <paramref name="first"/>, then those of <paramref name="then"/>.</summary>
    /// <param name="first">The findings so far: one validator's list, or an earlier combination.</param>
    /// <param name="then">The next validator's findings.</param>
    /// <returns>Whichever list alone when the other is empty; else one list of both.</returns>
    public static IReadOnlyList<Finding> Of(IReadOnlyList<Finding> first, IReadOnlyList<Finding> then)
    {
        if (then.Count == 0)
        {
            return first;
        }

        if (first.Count == 0)
        {
            return then;
        }

        return first is CombinedFindings combined ? new CombinedFindings([.. combined._parts, then]) : new CombinedFindings([first, then]);
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        foreach (var part in _parts)
        {
            for (var i = 0; i < part.Count; i++)
            {
                yield return part[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
