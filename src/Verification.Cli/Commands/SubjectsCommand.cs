using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verification.Figures;
using Verification.Measures;
using Verification.Sources;
using Verification.Subjects;

namespace Verification.Cli.Commands;

/// <summary><c>verify subjects PHRASE [PHRASE…] [--vocabulary FILE] [--format table|json]</c>: shows how the subject
/// vocabulary reads each phrase.</summary>
/// <remarks>For each phrase: the population (or "unspecified"), the event, the qualifiers, the HXL hashtag, the measure
/// its words point to, the words the vocabulary did not read, and the key subjects compare by. A phrase whose event the
/// vocabulary does not know is compared by its words, and the output says so. An empty phrase, or a vocabulary file that
/// cannot be read, exits 2 with every problem on stderr and nothing on stdout.</remarks>
internal static class SubjectsCommand
{
    private const string None = "—";

    /// <summary>Creates the <c>subjects</c> command.</summary>
    public static Command Create()
    {
        var phrases = new Argument<string[]>("PHRASE")
        {
            Description = "A subject phrase (\"civilians reported killed\") or an HXL hashtag (\"#affected+idps\"). Give as many as you like.",
            Arity = ArgumentArity.OneOrMore,
        };
        var vocabulary = new Option<FileInfo?>("--vocabulary")
        {
            Description = "Read with this subject vocabulary file (JSON, see docs/formats.md) instead of the shipped one.",
            HelpName = "FILE",
        };
        var format = Cli.FormatOption("How to write the readings: 'table' (default), a block per phrase; or 'json'.", "table|json");
        var command = new Command("subjects", "Shows how the subject vocabulary reads phrases: population, event, qualifiers, HXL hashtag, measure, and the words it did not read.")
        {
            phrases,
            vocabulary,
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration;
            return RunAsync(
                parseResult.GetRequiredValue(phrases),
                parseResult.GetValue(vocabulary),
                parseResult.GetValue(format) ?? OutputFormat.Table,
                output.Output,
                output.Error,
                cancellationToken);
        });
        return command;
    }

    /// <summary>Reads the phrases and writes how each was read.</summary>
    /// <param name="phrases">The phrases, in order.</param>
    /// <param name="vocabularyFile">A vocabulary file to read with; the shipped vocabulary when null.</param>
    /// <param name="format">How to write the readings.</param>
    /// <param name="stdout">Where the readings go.</param>
    /// <param name="stderr">Where problems go, one a line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>0; 2 when a phrase is empty or the vocabulary file cannot be read; 1 on an unexpected failure.</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> phrases, FileInfo? vocabularyFile, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Cli.GuardAsync(
            async () =>
            {
                var problems = phrases
                    .Select((p, i) => (Phrase: p, Number: i + 1))
                    .Where(p => new Subject(p.Phrase).IsEmpty)
                    .Select(p => $"PHRASE #{p.Number}: phrase-empty: '{p.Phrase}' has no words to read.")
                    .ToList();
                var vocabulary = Load(vocabularyFile, problems);
                if (problems.Count > 0 || vocabulary is null)
                {
                    await stderr.WriteAsync(string.Concat(problems.Select(p => p + Environment.NewLine)).AsMemory(), cancellationToken).ConfigureAwait(false);
                    await stderr.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                var readings = phrases.Select(p => (Phrase: p, Key: vocabulary.Read(p))).ToList();
                var text = format == OutputFormat.Json ? Json(readings) : Table(readings);
                await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            stderr,
            cancellationToken);
    }

    private static SubjectVocabulary? Load(FileInfo? file, List<string> problems)
    {
        if (file is null)
        {
            return SubjectVocabulary.Default;
        }

        if (Cli.DirectoryProblem(file) is { } notAFile)
        {
            problems.Add(notAFile);
            return null;
        }

        try
        {
            return SubjectVocabulary.FromFile(file.FullName);
        }
        catch (FormatException e)
        {
            problems.AddRange(ProblemsOf(e).Select(p => $"{file}: vocabulary-invalid: {p}"));
            return null;
        }
        catch (Exception e) when (Cli.ReadProblem(file, e) is { } problem)
        {
            problems.Add(problem);
            return null;
        }
    }

    // SubjectVocabulary.Load lists the problems of a file one a line, each after " - ", below a heading; a file that is not
    // JSON at all has one problem, the message itself.
    private static List<string> ProblemsOf(FormatException e)
    {
        var listed = e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith(" - ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim())
            .ToList();
        return listed.Count > 0 ? listed : [Cli.OneLine(e.Message)];
    }

    private static string Table(List<(string Phrase, SubjectKey Key)> readings)
    {
        var text = new StringBuilder();
        foreach (var (phrase, key) in readings)
        {
            if (text.Length > 0)
            {
                text.AppendLine();
            }

            text.Append('"').Append(phrase.Trim()).AppendLine("\"");
            Line(text, "key", key.Canonical);
            if (key.IsRead)
            {
                Line(text, "population", PopulationOf(key));
                Line(text, "event", key.Event!);
                Line(text, "qualifiers", key.Qualifiers.Count == 0 ? None : string.Join(", ", key.Qualifiers));
                Line(text, "hxl", key.Tag ?? None);
            }
            else
            {
                Line(text, "event", "none the vocabulary knows: compared by words (" + key.Words + ")");
            }

            Line(text, "measure", MeasureOf(key));
            Line(text, "unread", key.Unread.Count == 0 ? None : string.Join(", ", key.Unread));
        }

        // The phrases are the user's: escaped, so that they cannot drive the terminal.
        return TerminalText.Escape(text.ToString());
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append("  ").Append(label.PadRight(12)).AppendLine(value);

    private static string PopulationOf(SubjectKey key) => key.Population switch
    {
        null => "unspecified",
        ['~', .. var words] => words + " (named by the phrase's words)",
        var named => named,
    };

    private static string MeasureOf(SubjectKey key)
    {
        if (key.SaysProjection)
        {
            return "projection (the words say so)";
        }

        if (key.SaysRunningTotal)
        {
            return key.Since is { } since ? $"running total (since {since})" : "running total (the words say so)";
        }

        return key.EventMeasure is { } usual ? $"{Name(usual)} (usual for {key.Event})" : None;
    }

    private static string Name(Measure measure) => measure switch
    {
        Measure.Incident => "incident",
        Measure.Stock => "stock",
        Measure.Total => "running total",
        Measure.Projection => "projection",
        _ => measure.ToString().ToLowerInvariant(),
    };

    // The claims file's names for measures (docs/formats.md): incident, stock, total, projection.
    private static string? JsonName(Measure? measure) => measure switch
    {
        null => null,
        Measure.Total => "total",
        { } m => Name(m),
    };

    private static string Json(List<(string Phrase, SubjectKey Key)> readings)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("subjects");
            foreach (var (phrase, key) in readings)
            {
                var measure = key.SaysProjection ? Measure.Projection : key.SaysRunningTotal ? Measure.Total : key.EventMeasure;
                w.WriteStartObject();
                w.WriteString("phrase", phrase);
                w.WriteBoolean("read", key.IsRead);
                w.WriteString("key", key.Canonical);
                w.WriteString("population", key.Population);
                w.WriteString("event", key.Event);
                JsonLists.Strings(w, "qualifiers", key.Qualifiers);
                w.WriteString("hxl", key.Tag);
                w.WriteString("measure", JsonName(measure));
                w.WriteString("measureFrom", measure is null ? null : key.SaysProjection || key.SaysRunningTotal ? "words" : "event");
                w.WriteString("since", key.Since);
                JsonLists.Strings(w, "unread", key.Unread);
                w.WriteString("words", key.Words);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + Environment.NewLine;
    }
}
