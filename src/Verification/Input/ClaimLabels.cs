namespace Verification.Input;

/// <summary>How problems name a claim: its id, or its position ("#3") when it has none.</summary>
internal static class ClaimLabels
{
    public static string Of(string? id, int index) => string.IsNullOrWhiteSpace(id) ? $"#{index + 1}" : id;

    public static string Describe(string label, string field) =>
        label.StartsWith('#') ? $"claim {label} (no id), field '{field}'" : $"claim '{label}', field '{field}'";
}
