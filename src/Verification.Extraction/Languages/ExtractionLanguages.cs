using System.Collections.Concurrent;

namespace Verification.Extraction.Languages;

/// <summary>The languages the extraction reads: English, its own, and each language whose glosses and digit writing it
/// ships (Data/{language}/words.tsv, digits.tsv …), read once on first use.</summary>
internal static class ExtractionLanguages
{
    /// <summary>The readers' own language: its text is read as written.</summary>
    public const string Default = "en";

    private static readonly ConcurrentDictionary<string, Lazy<Glosser>> Glossers = new(StringComparer.Ordinal);

    /// <summary>The codes of the languages read, English first, then the shipped ones in order.</summary>
    public static readonly IReadOnlyList<string> Supported = Find();

    /// <summary>The glosser of a supported language; null for English, read as written.</summary>
    /// <exception cref="InvalidOperationException">The language's shipped files are malformed.</exception>
    public static Glosser? GlosserFor(string language) =>
        language == Default
            ? null
            : Glossers.GetOrAdd(language, l => new Lazy<Glosser>(() => new Glosser(GlossTable.ReadShipped(l), DigitWriting.ReadShipped(l)))).Value;

    // The languages whose digit writing the assembly holds ("Verification.Extraction.fr.digits.tsv").
    private static string[] Find()
    {
        const string prefix = "Verification.Extraction.", suffix = "." + DigitWriting.File;
        var shipped = typeof(ExtractionLanguages).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^suffix.Length])
            .Order(StringComparer.Ordinal);
        return [Default, .. shipped];
    }
}
