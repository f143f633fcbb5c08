using System.Collections;
using Verification.Verdicts;

namespace Verification.Validators;

/// <summary>A validator's findings for one claim, kept as what the validator found and made into <see cref="Finding"/>
/// objects when first read.</summary>
/// <remarks>A bulk run keeps every claim's findings until it ends and reads few of them; the objects of each finding
/// (the finding, its message and its evidence list) were most of what a run kept. Reading the list gives the same
/// findings in the same order, each made once: later reads, from any thread, return the same instance. What they are
/// made from must not change. The verdict rules read <see cref="IFindingsSummary"/> rather than the findings.</remarks>
internal abstract class FindingsMadeWhenRead : IReadOnlyList<Finding>, IFindingsSummary
{
    private Finding?[]? _made;

    public abstract int Count { get; }

    public abstract bool AnyContradicts { get; }

    public abstract bool AnySupports { get; }

    public abstract bool AnyDiscounts { get; }

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            // Two threads reading one finding first may both make it; the first one stored is the one every reader gets.
            var made = Volatile.Read(ref _made) ?? Interlocked.CompareExchange(ref _made, new Finding?[Count], null) ?? _made!;
            return Volatile.Read(ref made[index]) ?? Interlocked.CompareExchange(ref made[index], Make(index), null) ?? made[index]!;
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

    /// <summary>Makes the finding at <paramref name="index"/>; called once per finding read (or twice, by two threads
    /// reading it first at once).</summary>
    protected abstract Finding Make(int index);
}
