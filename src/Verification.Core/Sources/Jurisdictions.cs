using System.Collections.Frozen;
using Verification.Data;
using Verification.Places;

namespace Verification.Sources;

/// <summary>The countries a source name states by name, short form or the adjective of its people ("Somali", "U.S.",
/// "Turkish"), shipped as data (<c>Data/jurisdictions.tsv</c>), and the key a stated place compares by.</summary>
/// <remarks>A jurisdiction's key is its place-name key under <see cref="PlaceNameTable.Default"/>, the same key the
/// top of a claim's place has, so "Turkish" in a name and "Türkiye" in a place are one jurisdiction.</remarks>
internal static class Jurisdictions
{
    private const string ResourceName = "Verification.jurisdictions.tsv";

    private static readonly FrozenDictionary<string, string> Countries = Read();

    /// <summary>The longest name, in words, of any country.</summary>
    public static int LongestName { get; } = Countries.Keys.Max(k => k.Count(c => c == ' ') + 1);

    /// <summary>The key of the country a phrase names ("somali" → "somalia"), or null.</summary>
    /// <param name="phrase">Words as <see cref="SourceNameReader"/> folds them, joined by one space.</param>
    public static string? CountryOf(string phrase) => Countries.GetValueOrDefault(phrase);

    /// <summary>The key of a stated place: the country's key when it names one, else its place-name key.</summary>
    /// <param name="phrase">Words as <see cref="SourceNameReader"/> folds them, joined by one space.</param>
    public static string KeyOf(string phrase) => CountryOf(phrase) ?? PlaceNameTable.Default.KeyOf(phrase);

    /// <summary>Every line as written in the data file: the country and its other names (for its checks).</summary>
    internal static IReadOnlyList<(string Country, string[] Others)> Entries()
    {
        const string What = "The shipped list of jurisdictions";
        var entries = new List<(string, string[])>();
        foreach (var (number, fields) in ShippedTable.Lines(ResourceName, What))
        {
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                throw ShippedTable.Malformed(What, number, "a country, a tab and other names separated by semicolons");
            }

            entries.Add((fields[0].Trim(), ShippedTable.Names(fields[1])));
        }

        return entries;
    }

    private static FrozenDictionary<string, string> Read()
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (country, others) in Entries())
        {
            var key = PlaceNameTable.Default.KeyOf(country);
            foreach (var name in others.Prepend(country))
            {
                countries.Add(SourceNameReader.FoldPhrase(name), key);
            }
        }

        return countries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
