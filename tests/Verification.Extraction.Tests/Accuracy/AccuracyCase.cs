using System.Globalization;

namespace Verification.Extraction.Tests.Accuracy;

/// <summary>One case of the accuracy suite: a sentence or two of news text and everything of one category it holds.</summary>
/// <remarks>
/// <para>Cases live in <c>Accuracy/Cases/*.txt</c>, one per line: <c>category | published | text | expectations</c>.
/// <c>published</c> is a date (YYYY-MM-DD) or <c>-</c> for 2017-03-25. Expectations are <c>key = value</c> pairs
/// separated by <c> ; </c>, or <c>-</c> for none; they list <em>everything</em> of the category the text holds, so that
/// anything else found counts against precision. A line starting with <c>!</c> is a known gap: it counts in the
/// precision and recall figures but is not asserted as a test. Lines starting with <c>#</c> are comments.</para>
/// <list type="table">
/// <item><term>figure</term><description>count figures: <c>text = [low,high]</c>; an open end as <c>(</c>/<c>)</c>, no
/// upper bound as <c>inf)</c>.</description></item>
/// <item><term>kind</term><description>every number: <c>text = year</c> (count, year, date, time, age, percentage, money,
/// ordinal, measure, identifier, other).</description></item>
/// <item><term>period</term><description>periods that date what happened: <c>text = 2017-03-13/2017-03-19</c>; a
/// statement date as <c>text = 2017-03-23 said</c>.</description></item>
/// <item><term>place</term><description>places named as where things happen: <c>text = path</c>.</description></item>
/// <item><term>subject</term><description>claims: <c>figure text = subject</c>.</description></item>
/// <item><term>source</term><description>claims: <c>figure text = source</c> (the outlet is "Outlet").</description></item>
/// <item><term>contested</term><description>claims: <c>figure text = yes|no</c>.</description></item>
/// <item><term>claims</term><description>the figures that make claims: <c>figure text</c> keys alone, or <c>-</c>.</description></item>
/// </list>
/// </remarks>
public sealed record AccuracyCase(string File, int Line, string Category, DateOnly Published, string Text, IReadOnlyList<KeyValuePair<string, string>> Expected, bool KnownGap)
{
    public const string Outlet = "Outlet";

    public static readonly DateOnly DefaultPublished = new(2017, 3, 25);

    /// <summary>The categories, in report order.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["figure", "kind", "period", "place", "subject", "source", "contested", "claims"];

    /// <summary>Every case of every file.</summary>
    public static IReadOnlyList<AccuracyCase> All { get; } = Load();

    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}:{Line}";

    private static List<AccuracyCase> Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Accuracy", "Cases");
        var cases = new List<AccuracyCase>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var raw in System.IO.File.ReadLines(file))
            {
                number++;
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var gap = line[0] == '!';
                if (gap)
                {
                    line = line[1..].TrimStart();
                }

                var fields = line.Split(" | ");
                if (fields.Length != 4 || !Categories.Contains(fields[0].Trim()))
                {
                    throw new FormatException($"{Path.GetFileName(file)}:{number}: expected 'category | published | text | expectations'.");
                }

                var published = fields[1].Trim() == "-" ? DefaultPublished : DateOnly.ParseExact(fields[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var expected = new List<KeyValuePair<string, string>>();
                if (fields[3].Trim() != "-")
                {
                    foreach (var pair in fields[3].Split(" ; "))
                    {
                        var eq = pair.LastIndexOf(" = ", StringComparison.Ordinal);
                        expected.Add(eq < 0 ? KeyValuePair.Create(pair.Trim(), string.Empty) : KeyValuePair.Create(pair[..eq].Trim(), pair[(eq + 3)..].Trim()));
                    }
                }

                cases.Add(new AccuracyCase(file, number, fields[0].Trim(), published, fields[2].Trim(), expected, gap));
            }
        }

        return cases;
    }
}
