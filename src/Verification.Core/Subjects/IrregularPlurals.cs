using System.Collections.Frozen;
using Verification.Data;
using Verification.Figures;

namespace Verification.Subjects;

/// <summary>The singular and plural pairs the suffix rules do not give, or that are read often enough to list ("person"
/// and "people", "family" and "families"), from the shipped list (Data/plurals.tsv).</summary>
/// <remarks>Subject phrases compare in the singular (<see cref="SubjectWords"/>); extraction writes a counted noun in the
/// plural. Both read this one list.</remarks>
internal static class IrregularPlurals
{
    private const string ResourceName = "Verification.plurals.tsv";
    private const string What = "The built-in list of plurals";

    private static readonly (FrozenDictionary<string, string> Singulars, FrozenDictionary<string, string> Plurals) Built = Build(BuiltInEntries());

    /// <summary>The singular of a listed lower-case plural ("people": "person").</summary>
    public static bool TrySingular(string plural, out string singular) => Built.Singulars.TryGetValue(plural, out singular!);

    /// <summary>The plural written for a listed singular, in any case ("Person": "people").</summary>
    public static bool TryPlural(string singular, out string plural) => Built.Plurals.TryGetValue(singular, out plural!);

    /// <summary>The list as written: each singular with its plurals, the one written first.</summary>
    /// <exception cref="InvalidOperationException">The list is missing, a line breaks its format, or a word is listed twice
    /// (as a singular, or as a plural of two singulars).</exception>
    internal static IReadOnlyList<(string Singular, string[] Plurals)> BuiltInEntries() => Parse(ShippedTable.Lines(ResourceName, What), What);

    /// <summary>The pairs of a list's lines, as <see cref="ShippedTable"/> splits them.</summary>
    /// <param name="lines">Each line's number and fields.</param>
    /// <param name="what">What the list is, for the messages.</param>
    /// <exception cref="InvalidOperationException">A line breaks the format or lists a word already listed.</exception>
    internal static IReadOnlyList<(string Singular, string[] Plurals)> Parse(IEnumerable<(int Number, string[] Fields)> lines, string what)
    {
        var entries = new List<(string, string[])>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, fields) in lines)
        {
            var plurals = fields.Length == 2 ? ShippedTable.Names(fields[1]) : [];
            if (plurals.Length == 0 || !IsLowerWord(fields[0]) || !plurals.All(IsLowerWord))
            {
                throw ShippedTable.Malformed(what, number, "a lower-case singular, a tab and its plurals separated by semicolons");
            }

            // A plural may equal its singular ("sheep"); no word may belong to two pairs.
            foreach (var word in plurals.Prepend(fields[0]).Distinct(StringComparer.Ordinal))
            {
                if (!words.Add(word))
                {
                    throw ShippedTable.Malformed(what, number, $"words listed once ('{word}' is already listed)");
                }
            }

            entries.Add((fields[0], plurals));
        }

        return entries;
    }

    private static bool IsLowerWord(string word) => word.Length > 0 && word.All(c => char.IsLetter(c) && !char.IsUpper(c));

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Build(IReadOnlyList<(string Singular, string[] Plurals)> entries) =>
        (entries.SelectMany(e => e.Plurals.Select(p => KeyValuePair.Create(p, e.Singular))).ToFrozenDictionary(StringComparer.Ordinal),
         entries.ToFrozenDictionary(e => e.Singular, e => e.Plurals[0], StringComparer.OrdinalIgnoreCase));
}
