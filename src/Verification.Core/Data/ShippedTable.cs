using Verification.Figures;
namespace Verification.Data;

/// <summary>Reads the tab-separated tables the library ships in its assembly (Data/*.tsv): one entry a line, its fields
/// separated by tabs; blank lines and lines that start with '#' are comments.</summary>
/// <remarks>A shipped table that breaks its format is a defect of the build, not of the user's input: it is refused
/// with the line and what was expected, when the table is first used.</remarks>
internal static class ShippedTable
{
    /// <summary>The entries of a table: each line's number and fields.</summary>
    /// <param name="resourceName">The table's name in the assembly.</param>
    /// <param name="what">What the table is, for the messages: "The built-in list of place names".</param>
    public static IEnumerable<(int Number, string[] Fields)> Lines(string resourceName, string what) =>
        Lines(typeof(ShippedTable).Assembly, resourceName, what);

    /// <summary>The entries of a table shipped in another assembly of the library: each line's number and fields.</summary>
    /// <param name="assembly">The assembly that holds the table.</param>
    /// <param name="resourceName">The table's name in the assembly.</param>
    /// <param name="what">What the table is, for the messages: "The English lexicon".</param>
    public static IEnumerable<(int Number, string[] Fields)> Lines(System.Reflection.Assembly assembly, string resourceName, string what)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{what} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }

    /// <summary>The names of a field that lists them separated by semicolons, each trimmed, empty ones left out.</summary>
    /// <param name="field">The field.</param>
    public static string[] Names(string field) => field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The error for a line that breaks the table's format.</summary>
    /// <param name="what">What the table is.</param>
    /// <param name="number">The line's number.</param>
    /// <param name="expected">What the line should hold: "a name, a tab and other names separated by semicolons".</param>
    public static InvalidOperationException Malformed(string what, int number, string expected) =>
        new($"{what}, line {number}: expected {expected}.");
}
