using System.Text.Json;

namespace Verification.Json;

/// <summary>Finds keys named twice in one JSON object. The claims format refuses them: a reader that kept the last
/// (or the first) would act on a value the writer may not have meant, such as a second, empty <c>claims</c> array.</summary>
internal static class DuplicateKeys
{
    /// <summary>The keys of <paramref name="obj"/> named more than once, each once, in the order of their second use.</summary>
    public static List<string> Of(JsonElement obj)
    {
        List<string>? repeated = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (NameOf(property) is { } name && !seen.Add(name) && !(repeated ??= []).Contains(name))
            {
                repeated.Add(name);
            }
        }

        return repeated ?? [];
    }

    /// <summary>The path ("extra.source", "notes[2].by") of the first key named twice in one object anywhere inside
    /// <paramref name="value"/>; null when there is none.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">The value's own path.</param>
    public static string? FirstInside(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (Of(value) is [var first, ..])
                {
                    return $"{path}.{first}";
                }

                foreach (var property in value.EnumerateObject())
                {
                    if (FirstInside(property.Value, $"{path}.{NameOf(property)}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FirstInside(item, $"{path}[{i++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // A name that is not valid text (reported where the claim's fields are read) is left out here.
    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
