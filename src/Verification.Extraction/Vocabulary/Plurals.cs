using System.Collections.Frozen;

namespace Verification.Extraction.Vocabulary;

/// <summary>The plural written for a counted noun the suffix rules do not pluralise, from Verification.Core's list of
/// singular and plural pairs (Data/plurals.tsv), which subject keys read too.</summary>
internal static class Plurals
{
    private const string ResourceName = "Verification.plurals.tsv";

    private static readonly FrozenDictionary<string, string> BySingular = ReadShipped().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The plural written for a listed singular, in any case ("Person": "people").</summary>
    public static bool TryPlural(string singular, out string plural) => BySingular.TryGetValue(singular, out plural!);

    /// <summary>Each singular with the plural written for it (the first listed).</summary>
    /// <exception cref="InvalidOperationException">The list is missing or a line has no plural; Core's tests check the
    /// rest of its format.</exception>
    internal static Dictionary<string, string> ReadShipped()
    {
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, fields) in ShippedVocabulary.CoreLines(ResourceName))
        {
            var plural = fields.Length == 2 ? fields[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() : null;
            if (plural is null || !plurals.TryAdd(fields[0].Trim(), plural))
            {
                throw new InvalidOperationException($"{ResourceName}, line {number}: expected a singular listed once, a tab and its plurals separated by semicolons.");
            }
        }

        return plurals;
    }
}
