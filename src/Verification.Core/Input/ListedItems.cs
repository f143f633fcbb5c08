using System.Collections.ObjectModel;

namespace Verification.Input;

/// <summary>A read-only list whose text lists its items, for the list properties of exceptions.</summary>
/// <remarks>Test runners such as NUnit show an exception's public properties by their <see cref="object.ToString"/>;
/// a plain list shows only its type name there.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ListedItems<T> : ReadOnlyCollection<T>
{
    private readonly Func<T, string> _describe;

    /// <summary>A list of <paramref name="items"/>, each described in its text by <paramref name="describe"/>.</summary>
    /// <param name="items">The items, copied.</param>
    /// <param name="describe">Describes one item.</param>
    public ListedItems(IEnumerable<T> items, Func<T, string> describe)
        : base([.. items]) => _describe = describe;

    /// <summary>The items' descriptions, separated by "; "; "none" for an empty list.</summary>
    public override string ToString() => Count == 0 ? "none" : string.Join("; ", this.Select(_describe));
}
