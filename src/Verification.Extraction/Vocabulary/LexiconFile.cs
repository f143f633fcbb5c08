using System.Globalization;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Sources;

namespace Verification.Extraction.Vocabulary;

/// <summary>Reads a language's lexicon file (Data/{language}/lexicon.tsv): lines of a word class, the value the class
/// carries for its words when it carries one, and the words.</summary>
/// <remarks>
/// <para>A line is <c>class&lt;TAB&gt;word word…</c> or <c>class=value&lt;TAB&gt;word word…</c>; the class is the name of a
/// <see cref="Lex"/> flag in lower case with hyphens (<c>speech-verb</c>). Words are lower-case letters, as the
/// tokenizer looks them up.</para>
/// <para>A shipped file that breaks these rules is a defect of the build: it is refused, with every problem found, the
/// first time the lexicon is used. So is a word listed twice in one class of one language, or given two values for one
/// field (a month that is both 3 and 4, a number word that is both a dozen and a scale).</para>
/// </remarks>
internal static class LexiconFile
{
    /// <summary>The file's name in each language's folder.</summary>
    public const string File = "lexicon.tsv";

    /// <summary>One line of a lexicon file.</summary>
    /// <param name="Language">The language whose file holds it ("en").</param>
    /// <param name="File">The file's name ("lexicon.tsv").</param>
    /// <param name="Number">The line's number in the file.</param>
    /// <param name="Class">The word class.</param>
    /// <param name="Value">The value written after '=', or null.</param>
    /// <param name="Words">The words.</param>
    internal readonly record struct Line(string Language, string File, int Number, Lex Class, string? Value, string[] Words);

    /// <summary>The time units, in the order of their codes (<see cref="Lexicon.Day"/> is 1).</summary>
    internal static readonly string[] TimeUnits = ["day", "week", "month", "year", "weekend", "fortnight", "decade", "hour", "minute", "second", "century", "night"];

    /// <summary>The compass directions, in the order of their codes (east is 1, central 9).</summary>
    internal static readonly string[] Directions = ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "central"];

    /// <summary>The strengths of a year cue, in the order of their codes (<see cref="Lexicon.WeakYearCue"/> is 1).</summary>
    internal static readonly string[] YearCueStrengths = ["weak", "strong"];

    private static readonly Dictionary<string, Lex> ClassesByName =
        Enum.GetValues<Lex>().Where(l => l != Lex.None).ToDictionary(ClassName, l => l, StringComparer.Ordinal);

    /// <summary>The name a class is written with: its flag's name in lower case, words joined by hyphens.</summary>
    public static string ClassName(Lex flag)
    {
        var name = flag.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    /// <summary>The lines of the shipped lexicon of every language, checked for their format.</summary>
    /// <exception cref="InvalidOperationException">A file is missing or breaks its format; the message lists every problem.</exception>
    /// <remarks>The month names are Core's (Data/{language}/months.tsv, shared with the measure rules): a lexicon file
    /// may not list them again.</remarks>
    public static List<Line> ReadShippedLines()
    {
        var problems = new List<string>();
        var lines = Parse(ShippedVocabulary.Lines(File), problems);
        problems.AddRange(lines.Where(l => l.Class == Lex.Month).Select(l => $"{Where(l)}: month names are read from Core's {l.Language}/months.tsv."));
        lines.AddRange(MonthLines(problems));
        ThrowIfAny(problems);
        return lines;
    }

    // The month names of every language, from Verification.Core's lists (Data/{language}/months.tsv): a month's number,
    // a tab and its names separated by semicolons.
    private static IEnumerable<Line> MonthLines(List<string> problems)
    {
        foreach (var language in ShippedVocabulary.Languages)
        {
            foreach (var (number, fields) in ShippedVocabulary.CoreLines($"Verification.{language}.months.tsv"))
            {
                var names = fields.Length == 2 ? fields[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
                if (names.Length == 0 || !IsValid(Lex.Month, fields[0]) || !names.All(IsLowerWord))
                {
                    problems.Add($"{language}/months.tsv line {number}: expected a month number, a tab and lower-case names separated by semicolons.");
                    continue;
                }

                yield return new Line(language, "months.tsv", number, Lex.Month, fields[0], names);
            }
        }
    }

    /// <summary>The lines of lexicon files, as <see cref="ShippedVocabulary"/> splits them; the lines that break the format
    /// are left out and said in <paramref name="problems"/>.</summary>
    internal static List<Line> Parse(IEnumerable<(string Language, int Number, string[] Fields)> rows, List<string> problems)
    {
        var lines = new List<Line>();
        foreach (var (language, number, fields) in rows)
        {
            if (Parse(language, number, fields, problems) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The entries of the shipped lexicon of every language, by word.</summary>
    /// <exception cref="InvalidOperationException">A file breaks its format, or lists a word twice in a class or with two
    /// values for one field; the message lists every problem.</exception>
    public static Dictionary<string, LexEntry> ReadShipped()
    {
        var problems = new List<string>();
        var entries = Build(ReadShippedLines(), problems);
        ThrowIfAny(problems);
        return entries;
    }

    /// <summary>The entries the lines make, by word; the problems found are added to <paramref name="problems"/>.</summary>
    internal static Dictionary<string, LexEntry> Build(IEnumerable<Line> lines, List<string> problems)
    {
        var entries = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        var listed = new Dictionary<(string Word, Lex Class), (string Where, string Language, string? Value)>();
        foreach (var line in lines)
        {
            foreach (var word in line.Words)
            {
                if (listed.TryGetValue((word, line.Class), out var first))
                {
                    // Two languages may share a word in the same role ("minute" in English and French).
                    if (first.Language != line.Language && first.Value == line.Value)
                    {
                        continue;
                    }

                    problems.Add(first.Value == line.Value
                        ? $"{Where(line)}: '{word}' is already in class {ClassName(line.Class)} at {first.Where}."
                        : $"{Where(line)}: '{word}' already has another value for {ClassName(line.Class)} ({first.Value}) at {first.Where}.");
                    continue;
                }

                listed[(word, line.Class)] = (Where(line), line.Language, line.Value);
                var entry = entries.TryGetValue(word, out var existing) ? existing : LexEntry.None;
                if (line.Value is { } value && !TrySet(ref entry, line.Class, value))
                {
                    problems.Add($"{Where(line)}: '{word}' already has another value for what {ClassName(line.Class)}={value} sets.");
                }

                entries[word] = entry with { Flags = entry.Flags | line.Class };
            }
        }

        return entries;
    }

    private static Line? Parse(string language, int number, string[] fields, List<string> problems)
    {
        var where = $"{language}/{File} line {number}";
        if (fields.Length != 2)
        {
            problems.Add($"{where}: expected a class, a tab and words separated by spaces.");
            return null;
        }

        var head = fields[0].Trim();
        var equals = head.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? head : head[..equals];
        var value = equals < 0 ? null : head[(equals + 1)..];
        if (!ClassesByName.TryGetValue(name, out var flag))
        {
            problems.Add($"{where}: '{name}' is not a word class ({string.Join(", ", ClassesByName.Keys.Order(StringComparer.Ordinal))}).");
            return null;
        }

        var ok = true;
        if (ValueKind(flag) is not { } kind)
        {
            if (value is not null)
            {
                problems.Add($"{where}: class {name} carries no value.");
                ok = false;
            }
        }
        else if (value is null || !IsValid(flag, value))
        {
            problems.Add($"{where}: class {name} needs a value: {kind}{(value is null ? string.Empty : $" ('{value}' is not)")}.");
            ok = false;
        }

        var words = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            problems.Add($"{where}: no words.");
            ok = false;
        }

        foreach (var word in words.Where(w => !IsLowerWord(w)))
        {
            problems.Add($"{where}: '{word}' is not a lower-case word (letters only).");
            ok = false;
        }

        return ok ? new Line(language, File, number, flag, value, words) : null;
    }

    /// <summary>What value a class carries, for the messages; null for a class that carries none.</summary>
    internal static string? ValueKind(Lex flag) => flag switch
    {
        Lex.Month => "a month number, 1 to 12",
        Lex.Weekday => "a weekday number, 1 (Monday) to 7",
        Lex.Season => "a season number, 1 (spring) to 4",
        Lex.TimeUnit => "a time unit (" + string.Join(", ", TimeUnits) + ")",
        Lex.Direction => "a direction (" + string.Join(", ", Directions) + ")",
        Lex.Ordinal => "a whole number from 1",
        Lex.IndianScale or Lex.Dozen or Lex.NumberExtra => "a number",
        Lex.SubjectVerb => "the event, a lower-case word",
        Lex.YearCue => "a strength (" + string.Join(", ", YearCueStrengths) + ")",
        _ => null,
    };

    private static bool IsValid(Lex flag, string value)
    {
        var probe = LexEntry.None;
        return TrySet(ref probe, flag, value);
    }

    // Sets the field the class's value goes to; false when the value is not valid or the field already holds another
    // (fields hold 0 or null until set; the number classes share one field).
    private static bool TrySet(ref LexEntry entry, Lex flag, string value)
    {
        var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        switch (flag)
        {
            case Lex.Month when number is >= 1 and <= 12:
                return Set(ref entry, entry.Month, (byte)number, e => e with { Month = (byte)number });
            case Lex.Weekday when number is >= 1 and <= 7:
                return Set(ref entry, entry.Weekday, (byte)number, e => e with { Weekday = (byte)number });
            case Lex.Season when number is >= 1 and <= 4:
                return Set(ref entry, entry.Season, (byte)number, e => e with { Season = (byte)number });
            case Lex.Ordinal when number is >= 1 and <= short.MaxValue:
                return Set(ref entry, entry.Ordinal, (short)number, e => e with { Ordinal = (short)number });
            case Lex.TimeUnit when Array.IndexOf(TimeUnits, value) is var unit and >= 0:
                return Set(ref entry, entry.TimeUnit, (byte)(unit + 1), e => e with { TimeUnit = (byte)(unit + 1) });
            case Lex.Direction when Array.IndexOf(Directions, value) is var direction and >= 0:
                return Set(ref entry, entry.Direction, (byte)(direction + 1), e => e with { Direction = (byte)(direction + 1) });
            case Lex.IndianScale or Lex.Dozen or Lex.NumberExtra
                when double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d):
                // Zero is a value here ("nought"): the field is taken when the word is already in one of these classes.
                return ((entry.Flags & (Lex.IndianScale | Lex.Dozen | Lex.NumberExtra)) == 0 || entry.Number == d) && Assign(ref entry, entry with { Number = d });
            case Lex.YearCue when Array.IndexOf(YearCueStrengths, value) is var strength and >= 0:
                return Set(ref entry, entry.YearCue, (byte)(strength + 1), e => e with { YearCue = (byte)(strength + 1) });
            case Lex.SubjectVerb when IsLowerWord(value):
                return (entry.Canonical is null || entry.Canonical == value) && Assign(ref entry, entry with { Canonical = value });
            default:
                return false;
        }
    }

    private static bool Set<T>(ref LexEntry entry, T current, T value, Func<LexEntry, LexEntry> set)
        where T : struct, IEquatable<T> =>
        (current.Equals(default) || current.Equals(value)) && Assign(ref entry, set(entry));

    private static bool Assign(ref LexEntry entry, LexEntry value)
    {
        entry = value;
        return true;
    }

    private static bool IsLowerWord(string word) => word.Length > 0 && word.All(c => char.IsLetter(c) && !char.IsUpper(c));

    private static string Where(Line line) => $"{line.Language}/{line.File} line {line.Number}";

    private static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The built-in lexicon is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
