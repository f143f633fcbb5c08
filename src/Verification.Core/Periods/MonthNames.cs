using System.Collections.Frozen;
using Verification.Data;
using Verification.Figures;

namespace Verification.Periods;

/// <summary>The names of the months in each shipped language (Data/{language}/months.tsv), read once: the one list the
/// measure rules and the extraction's lexicon both read.</summary>
internal static class MonthNames
{
    /// <summary>The languages whose month names are read.</summary>
    internal static readonly string[] Languages = ["en"];

    private static readonly FrozenDictionary<string, int> ByName =
        BuiltInEntries().SelectMany(e => e.Names.Select(n => KeyValuePair.Create(n, e.Month))).DistinctBy(kv => kv.Key)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month a name stands for, 1 to 12, in any case ("Sept": 9); 0 for a word that names no month.</summary>
    public static int Of(string word) => ByName.TryGetValue(word, out var month) ? month : 0;

    /// <summary>The lists as written, in every language: each line's number, its month and the month's names.</summary>
    /// <exception cref="InvalidOperationException">A list is missing or a line breaks its format.</exception>
    internal static List<(string Language, int Number, int Month, string[] Names)> BuiltInEntries()
    {
        var entries = new List<(string, int, int, string[])>();
        foreach (var language in Languages)
        {
            var what = $"The built-in month names of language '{language}'";
            foreach (var (number, fields) in ShippedTable.Lines($"Verification.{language}.months.tsv", what))
            {
                var names = fields.Length == 2 ? ShippedTable.Names(fields[1]) : [];
                if (!int.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
                    || month is < 1 or > 12 || names.Length == 0 || !names.All(n => n.All(c => char.IsLetter(c) && !char.IsUpper(c))))
                {
                    throw ShippedTable.Malformed(what, number, "a month number (1 to 12), a tab and its lower-case names separated by semicolons");
                }

                entries.Add((language, number, month, names));
            }
        }

        return entries;
    }
}
