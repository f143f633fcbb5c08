namespace Verification.Extraction.Vocabulary;

/// <summary>The word lists the extraction ships, one set of files per language (Data/{language}/*, embedded in the
/// assembly): every list reads the files of every language in <see cref="Languages"/>.</summary>
internal static class ShippedVocabulary
{
    /// <summary>The languages whose word lists are read, in order.</summary>
    public static readonly string[] Languages = ["en"];

    /// <summary>The name of a language's file in the assembly.</summary>
    /// <param name="language">The language's code ("en"), the folder under Data.</param>
    /// <param name="file">The file's name ("lexicon.tsv").</param>
    public static string ResourceName(string language, string file) => $"Verification.Extraction.{language}.{file}";

    /// <summary>The lines of one list in every language: the language, the line's number and its tab-separated fields;
    /// blank lines and comments ('#') left out.</summary>
    /// <param name="file">The file's name ("headings.txt").</param>
    /// <exception cref="InvalidOperationException">A language's file is missing from the assembly.</exception>
    public static IEnumerable<(string Language, int Number, string[] Fields)> Lines(string file)
    {
        foreach (var language in Languages)
        {
            foreach (var (number, fields) in ShippedTable.Lines(typeof(ShippedVocabulary).Assembly, ResourceName(language, file), $"The list {language}/{file}"))
            {
                yield return (language, number, fields);
            }
        }
    }
}
