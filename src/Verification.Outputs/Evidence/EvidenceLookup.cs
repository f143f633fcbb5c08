using System.Text.Json;
using Verification.Claims;

namespace Verification.Outputs.Evidence;

/// <summary>Evidence claims by id, and what the output formats read from an evidence claim beyond its fields.</summary>
internal static class EvidenceLookup
{
    /// <summary>The evidence claims by id.</summary>
    /// <param name="evidence">The evidence claims.</param>
    /// <exception cref="ArgumentException">Two claims share an id: findings name evidence by id, so it would be ambiguous.</exception>
    public static IReadOnlyDictionary<string, Claim> ById(IEnumerable<Claim> evidence)
    {
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in evidence)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(evidence));
            if (!byId.TryAdd(claim.Id, claim))
            {
                throw new ArgumentException($"Two evidence claims have the id '{claim.Id}'; findings name evidence by id, so ids must be unique.", nameof(evidence));
            }
        }

        return byId;
    }

    /// <summary>The address a claim's <c>url</c> field gives (kept in <see cref="Claim.Metadata"/> as raw JSON), when it is
    /// an absolute http or https one; otherwise null.</summary>
    /// <param name="claim">The claim.</param>
    public static Uri? Url(Claim claim)
    {
        if (!claim.Metadata.TryGetValue("url", out var raw))
        {
            return null;
        }

        string? text;
        try
        {
            using var json = JsonDocument.Parse(raw);
            text = json.RootElement.ValueKind == JsonValueKind.String ? json.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            // Metadata set from code may hold the plain text rather than JSON.
            text = raw;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }
}
