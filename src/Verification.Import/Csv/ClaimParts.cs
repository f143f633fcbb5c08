using System.Text.Json;
using Verification.Places;

namespace Verification.Import.Csv;

/// <summary>Builds the parts of a claim that data sets write alike: places from their parts, lists of names, metadata
/// kept as JSON text (as the claims-file reader keeps unknown fields).</summary>
internal static class ClaimParts
{
    /// <summary>A place from its parts, most specific first: blank parts are left out, a part that is itself a path
    /// ("Mosul, Iraq") gives its names, and a name repeated keeps its most general position. Null when nothing is left.</summary>
    public static Place? Place(IEnumerable<string> parts)
    {
        var names = new List<string>();
        foreach (var part in parts)
        {
            foreach (var name in part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.RemoveAll(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : Verification.Places.Place.Of(names);
    }

    /// <summary>The names in a cell, split on <paramref name="separator"/>, each once.</summary>
    public static string[] Names(string cell, string separator) =>
        cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>A cell as metadata: a JSON string, as the claims-file reader keeps an unknown field's text.</summary>
    public static string Metadata(string cell) => JsonSerializer.Serialize(cell);

    /// <summary>Whether a row is an HXL hashtag row: at least one cell, and every non-blank cell a hashtag.</summary>
    public static bool IsHashtagRow(IReadOnlyList<string> cells)
    {
        var any = false;
        foreach (var cell in cells)
        {
            if (cell.Length == 0)
            {
                continue;
            }

            if (cell[0] != '#' || cell.Length < 2 || !char.IsAsciiLetter(cell[1]))
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
