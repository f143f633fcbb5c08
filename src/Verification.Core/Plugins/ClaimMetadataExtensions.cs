using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Verification.Claims;

namespace Verification.Plugins;

/// <summary>Reads the free-form fields of a claim (<see cref="Claim.Metadata"/>), which plugins use for what the claim
/// model does not hold, such as the party a casualty figure accuses.</summary>
/// <remarks>A claim read from a file keeps each unknown field as raw JSON text (<c>"\"Coalition\""</c>, <c>"true"</c>);
/// a claim built in code holds whatever text it was given (<c>"Coalition"</c>). These methods read both the same way.
/// Field names are matched exactly first, then ignoring case.</remarks>
public static class ClaimMetadataExtensions
{
    /// <summary>Gets a field as text: a JSON string's value, any other JSON as written, or text set in code as is.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="key">The field's name.</param>
    /// <param name="text">The text, when the field is present and not JSON <c>null</c>.</param>
    /// <returns>Whether the field is present and not null.</returns>
    public static bool TryGetMetadataText(this Claim claim, string key, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(key);
        text = null;
        if (!TryGetRaw(claim.Metadata, key, out var raw))
        {
            return false;
        }

        var trimmed = raw.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                text = document.RootElement.GetString();
                return text is not null;
            }
            catch (JsonException)
            {
                text = raw;
                return true;
            }
        }

        if (trimmed == "null")
        {
            return false;
        }

        text = raw;
        return true;
    }

    /// <summary>Gets a field as a yes/no flag: JSON <c>true</c>/<c>false</c>, or the text "true", "false", "yes", "no" in any case.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="key">The field's name.</param>
    /// <returns>The flag; null when the field is absent or is not a flag.</returns>
    public static bool? GetMetadataFlag(this Claim claim, string key)
    {
        if (!claim.TryGetMetadataText(key, out var text))
        {
            return null;
        }

        return text.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "YES" => true,
            "FALSE" or "NO" => false,
            _ => null,
        };
    }

    private static bool TryGetRaw(IReadOnlyDictionary<string, string> metadata, string key, [NotNullWhen(true)] out string? raw)
    {
        if (metadata.TryGetValue(key, out raw))
        {
            return true;
        }

        foreach (var (k, v) in metadata)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                raw = v;
                return true;
            }
        }

        raw = null;
        return false;
    }
}
