namespace Verification.Input;

/// <summary>How problems name a claim: its id, or its position ("#3") when it has none; and, in messages, its position
/// whenever it is known, so that two claims given one id can be told apart.</summary>
internal static class ClaimLabels
{
    public static string Of(string? id, int index) => string.IsNullOrWhiteSpace(id) ? $"#{index + 1}" : id;

    /// <summary>"claim 3 (id 'a'), field 'figure'", or "claim 3 (no id), field 'figure'"; without a position, "claim
    /// 'a', field 'figure'".</summary>
    /// <param name="label">The claim's label (<see cref="Of"/>).</param>
    /// <param name="index">The claim's position in its input, counting from 0, when known.</param>
    /// <param name="field">The field.</param>
    public static string Describe(string label, int? index, string field) => index is { } i
        ? label.StartsWith('#') ? $"claim {i + 1} (no id), field '{field}'" : $"claim {i + 1} (id '{label}'), field '{field}'"
        : label.StartsWith('#') ? $"claim {label} (no id), field '{field}'" : $"claim '{label}', field '{field}'";
}
