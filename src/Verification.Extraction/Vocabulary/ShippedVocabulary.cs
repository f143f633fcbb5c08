using System.Reflection;
using Verification.Data;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Extraction.Vocabulary;

/// <summary>The word lists the extraction ships, one set of files per language (Data/{language}/*, embedded in the
/// assembly), and the lists it shares with Verification.Core, read from Core's assembly rather than copied: every list
/// reads the files of every language in <see cref="Languages"/>.</summary>
/// <remarks>The files are tables: one entry a line, fields separated by tabs; blank lines and lines that start with '#'
/// are comments.</remarks>
internal static class ShippedVocabulary
{
    /// <summary>The languages whose word lists are read, in order.</summary>
    public static readonly string[] Languages = ["en"];

    /// <summary>The name of a language's file in the assembly.</summary>
    /// <param name="language">The language's code ("en"), the folder under Data.</param>
    /// <param name="file">The file's name ("lexicon.tsv").</param>
    public static string ResourceName(string language, string file) => $"Verification.Extraction.{language}.{file}";

    /// <summary>The lines of one list in every language: the language, the line's number and its fields.</summary>
    /// <param name="file">The file's name ("headings.txt").</param>
    /// <exception cref="InvalidOperationException">A language's file is missing from the assembly.</exception>
    public static IEnumerable<(string Language, int Number, string[] Fields)> Lines(string file)
    {
        foreach (var language in Languages)
        {
            foreach (var (number, fields) in Read(typeof(ShippedVocabulary).Assembly, ResourceName(language, file), $"The list {language}/{file}"))
            {
                yield return (language, number, fields);
            }
        }
    }

    /// <summary>The lines of a list Verification.Core ships and reads too ("Verification.plurals.tsv").</summary>
    /// <param name="resourceName">The list's name in Core's assembly.</param>
    /// <exception cref="InvalidOperationException">The list is missing from Core's assembly.</exception>
    public static IEnumerable<(int Number, string[] Fields)> CoreLines(string resourceName) =>
        Read(typeof(Period).Assembly, resourceName, $"Verification.Core's list {resourceName}");

    private static IEnumerable<(int Number, string[] Fields)> Read(Assembly assembly, string resourceName, string what) =>
        ShippedTable.Lines(assembly, resourceName, what);
}
