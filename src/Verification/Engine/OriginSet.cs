using System.Collections;
using System.Collections.ObjectModel;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Engine;

/// <summary>A claim's independent origins as the resolver hands them out: a set to test echoes against, and the same
/// names as a read-only list for the findings that cite them.</summary>
/// <remarks>The resolver builds one per distinct set of origins and shares it between every claim that has those
/// origins, so a finding's <see cref="Finding.Origins"/> need not be a copy of its own. The names are kept in ordinal
/// order, so that a finding lists the same origins in the same order however the derivations were met.</remarks>
internal class OriginSet : IReadOnlySet<string>
{
    private readonly HashSet<string> _set;
    private readonly string[] _names;

    public OriginSet(IEnumerable<string> names)
    {
        _set = new HashSet<string>(names, StringComparer.Ordinal);
        _names = [.. _set];
        Array.Sort(_names, StringComparer.Ordinal);
        Names = Array.AsReadOnly(_names);
        Single = _names.Length == 1 ? _names[0] : null;
    }

    /// <summary>The names, in ordinal order.</summary>
    public ReadOnlyCollection<string> Names { get; }

    /// <summary>The one name, when there is exactly one; else null.</summary>
    public string? Single { get; }

    public int Count => _names.Length;

    /// <summary>The origins as a list for a finding: shared when they came from the resolver, else a copy.</summary>
    /// <param name="origins">Origins, as <see cref="ValidationContext.OriginsOf"/> gave them.</param>
    public static IReadOnlyList<string> ListOf(IReadOnlySet<string> origins) => origins is OriginSet set ? set.Names : [.. origins];

    public bool Contains(string item) => _set.Contains(item);

    public bool IsProperSubsetOf(IEnumerable<string> other) => _set.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _set.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _set.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _set.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other)
    {
        if (other is not OriginSet set)
        {
            return _set.Overlaps(other);
        }

        // Asked for every candidate of every claim (is it an echo?). Most claims have one origin: two names compare
        // without hashing either. Otherwise a loop over an array, with no enumerator to allocate.
        if (Single is not null && set.Single is not null)
        {
            return string.Equals(Single, set.Single, StringComparison.Ordinal);
        }

        var (small, large) = Count <= set.Count ? (this, set) : (set, this);
        foreach (var name in small._names)
        {
            if (large._set.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    public bool SetEquals(IEnumerable<string> other) => _set.SetEquals(other);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
