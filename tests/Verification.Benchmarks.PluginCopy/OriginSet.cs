namespace Verification.Engine;

/// <summary>What the built-in findings take from the engine's own set of origins, as a plugin has it: the origins in
/// order, copied.</summary>
internal static class OriginSet
{
    /// <summary>The origins as a list, in ordinal order.</summary>
    /// <param name="origins">A claim's origins.</param>
    public static IReadOnlyList<string> ListOf(IReadOnlySet<string> origins) => [.. origins.Order(StringComparer.Ordinal)];
}
