using System.Text.Json;

namespace Verification.Cli;

/// <summary>Lists in the commands' JSON output.</summary>
internal static class JsonLists
{
    /// <summary>Writes <paramref name="values"/> as an array of strings named <paramref name="name"/>.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
