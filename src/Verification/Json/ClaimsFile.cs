using System.Globalization;
using System.Text.Json;
using Verification.Json;

namespace Verification;

/// <summary>Reads claims and evidence files (one JSON shape for both; see docs/formats.md).</summary>
/// <remarks>
/// <para>A file is read whole, checked against every rule, and either returned complete or rejected with every
/// problem listed: claim (id, or position when it has none), field and what is wrong. Nothing is half-read.</para>
/// <para>Fields: <c>id</c>, <c>subject</c>, <c>figure</c> (text read by the figure rules, or an object
/// <c>{"low": 105, "high": 141, "text": "…"}</c>; <c>high</c> may be left out for no upper bound), <c>place</c>,
/// <c>period</c>, <c>source</c>, <c>derivedFrom</c>, <c>reportedIn</c>, <c>contested</c>, <c>quote</c>, <c>measure</c>,
/// <c>coverage</c>. Unknown fields are
/// kept in <see cref="Claim.Metadata"/> as raw JSON text.</para>
/// </remarks>
public static class ClaimsFile
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a file with the default options.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClaimsDocument Read(string path) => Read(path, null);

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Figure reading options; defaults when null.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClaimsDocument Read(string path, VerificationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options, path);
    }

    /// <summary>Reads a file asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Figure reading options; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    public static async Task<ClaimsDocument> ReadAsync(string path, VerificationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            using var document = await ParseAsync(stream, path, cancellationToken).ConfigureAwait(false);
            return Interpret(document, options ?? new VerificationOptions(), path);
        }
    }

    /// <summary>Reads claims from a stream.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="options">Figure reading options; defaults when null.</param>
    /// <param name="sourceName">A name for the input in messages (a file path).</param>
    /// <exception cref="InvalidClaimsException">The input breaks the format or the input rules; every problem is listed.</exception>
    public static ClaimsDocument Read(Stream stream, VerificationOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = Parse(stream, sourceName);
        return Interpret(document, options ?? new VerificationOptions(), sourceName);
    }

    /// <summary>Reads claims from a stream without throwing on bad input.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="options">Figure reading options; defaults when null.</param>
    /// <param name="document">The claims, when the input is valid.</param>
    /// <param name="problems">Every problem, when it is not.</param>
    public static bool TryRead(Stream stream, VerificationOptions? options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimsDocument? document, out IReadOnlyList<ClaimProblem> problems)
    {
        try
        {
            document = Read(stream, options);
            problems = [];
            return true;
        }
        catch (InvalidClaimsException e)
        {
            document = null;
            problems = e.Problems;
            return false;
        }
    }

    private static JsonDocument Parse(Stream stream, string? sourceName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ParseUtf8(buffer, sourceName);
    }

    private static async Task<JsonDocument> ParseAsync(Stream stream, string? sourceName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return ParseUtf8(buffer, sourceName);
    }

    // The JSON reader checks UTF-8 only where it decodes text, so a stray byte inside a string would surface later as an
    // InvalidOperationException from the element: the whole input is checked first and refused as a listed problem.
    private static JsonDocument ParseUtf8(MemoryStream buffer, string? sourceName)
    {
        ReadOnlyMemory<byte> bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith(Utf8ByteOrderMark))
        {
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }

        if (System.Text.Unicode.Utf8.ToUtf16(bytes.Span, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidClaimsException([new ClaimProblem(null, "file", "json-invalid", string.Create(CultureInfo.InvariantCulture, $"the file is not valid JSON: it is not UTF-8 text (the byte at offset {valid} is not UTF-8)."))], sourceName);
        }

        try
        {
            return JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw NotJson(e, sourceName);
        }
    }

    private static InvalidClaimsException NotJson(JsonException e, string? sourceName) =>
        new([new ClaimProblem(null, "file", "json-invalid", $"the file is not valid JSON: {e.Message}")], sourceName);

    private static ClaimsDocument Interpret(JsonDocument json, VerificationOptions options, string? sourceName)
    {
        var problems = new List<ClaimProblem>();
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidClaimsException([new ClaimProblem(null, "file", "file-shape", "the file must be a JSON object with a \"claims\" array (and, optionally, a \"report\" object).")], sourceName);
        }

        var report = ReadReport(root, problems, sourceName);
        var records = new List<ClaimRecord>();
        if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new ClaimProblem(null, "claims", "file-shape", "the file needs a \"claims\" array."));
        }
        else
        {
            var i = 0;
            foreach (var element in claims.EnumerateArray())
            {
                records.Add(ReadRecord(element, i++));
            }
        }

        var rules = new ClaimRecordRules(options.Figures);
        foreach (var record in records)
        {
            ReportRules.Add(problems, rules.Validate(record));
        }

        var model = report with { Claims = [.. records.Select(r => ToClaim(r, options))] };
        problems.AddRange(new ReportRules().Check(model));
        if (problems.Count > 0)
        {
            throw new InvalidClaimsException(Order(problems, records), sourceName);
        }

        return new ClaimsDocument(model, sourceName);
    }

    // Problems grouped by claim, in file order; file-level problems first.
    private static List<ClaimProblem> Order(List<ClaimProblem> problems, List<ClaimRecord> records)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            position.TryAdd(r.Label, r.Index);
        }

        return [.. problems.Select((p, i) => (p, i))
            .OrderBy(x => x.p.ClaimId is { } id && position.TryGetValue(id, out var at) ? at : -1)
            .ThenBy(x => x.i)
            .Select(x => x.p)];
    }

    private static Report ReadReport(JsonElement root, List<ClaimProblem> problems, string? sourceName)
    {
        var fallbackId = sourceName is null ? "claims" : System.IO.Path.GetFileNameWithoutExtension(sourceName);
        if (!root.TryGetProperty("report", out var r) || r.ValueKind == JsonValueKind.Null)
        {
            return new Report(fallbackId, []);
        }

        if (r.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ClaimProblem(null, "report", "field-type", "field 'report': expected an object."));
            return new Report(fallbackId, []);
        }

        var report = new Report(String(r, "id", null, problems, "report") ?? fallbackId, [])
        {
            Outlet = String(r, "outlet", null, problems, "report"),
        };
        if (String(r, "published", null, problems, "report") is { } published)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                report = report with { Published = day };
            }
            else
            {
                problems.Add(new ClaimProblem(null, "report.published", "report-published-unreadable", $"field 'report.published': '{published}' is not a date; expected YYYY-MM-DD."));
            }
        }

        if (String(r, "url", null, problems, "report") is { } url)
        {
            // An absolute URL names its scheme: on Unix "/world/mosul" would otherwise read as a file URL.
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && url.TrimStart().StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            {
                report = report with { Url = uri };
            }
            else
            {
                problems.Add(new ClaimProblem(null, "report.url", "report-url-unreadable", $"field 'report.url': '{url}' is not an absolute URL."));
            }
        }

        return report;
    }

    private static string? String(JsonElement obj, string name, ClaimRecord? record, List<ClaimProblem> problems, string scope)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (record is not null)
        {
            record.TypeErrors.Add((name, "a string"));
        }
        else
        {
            problems.Add(new ClaimProblem(null, $"{scope}.{name}", "field-type", $"field '{scope}.{name}': expected a string."));
        }

        return null;
    }

    private static ClaimRecord ReadRecord(JsonElement element, int index)
    {
        var record = new ClaimRecord { Index = index };
        if (element.ValueKind != JsonValueKind.Object)
        {
            record.TypeErrors.Add(("claim", "an object"));
            return record;
        }

        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": record.Id = Text(record, property); break;
                case "subject": record.Subject = Text(record, property); break;
                case "place": record.Place = Text(record, property); break;
                case "period": record.Period = Text(record, property); break;
                case "source": record.Source = Text(record, property); break;
                case "reportedIn": record.ReportedIn = Text(record, property); break;
                case "quote": record.Quote = Text(record, property); break;
                case "measure": record.Measure = Text(record, property); break;
                case "coverage": record.Coverage = Text(record, property); break;
                case "contested":
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        record.Contested = value.GetBoolean();
                    }
                    else if (value.ValueKind != JsonValueKind.Null)
                    {
                        record.TypeErrors.Add(("contested", "true or false"));
                    }

                    break;
                case "derivedFrom":
                    if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                    {
                        record.DerivedFrom.AddRange(value.EnumerateArray().Select(e => e.GetString()!));
                    }
                    else if (value.ValueKind == JsonValueKind.String)
                    {
                        record.DerivedFrom.Add(value.GetString()!);
                    }
                    else if (value.ValueKind != JsonValueKind.Null)
                    {
                        record.TypeErrors.Add(("derivedFrom", "an array of source names"));
                    }

                    break;
                case "figure": ReadFigure(record, value); break;
                default: record.Metadata[property.Name] = value.GetRawText(); break;
            }
        }

        return record;
    }

    private static string? Text(ClaimRecord record, JsonProperty property)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String: return property.Value.GetString();
            case JsonValueKind.Null: return null;
            default:
                record.TypeErrors.Add((property.Name, "a string"));
                return null;
        }
    }

    private static void ReadFigure(ClaimRecord record, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                record.HasFigure = true;
                record.FigureText = value.GetString();
                return;
            case JsonValueKind.Number:
                record.HasFigure = true;
                record.FigureText = value.GetRawText();
                return;
            case JsonValueKind.Object:
                record.HasFigure = true;
                record.FigureIsObject = true;
                foreach (var p in value.EnumerateObject())
                {
                    switch (p.Name)
                    {
                        case "low" when p.Value.ValueKind == JsonValueKind.Number: record.FigureLow = p.Value.GetDouble(); break;
                        case "high" when p.Value.ValueKind == JsonValueKind.Number: record.FigureHigh = p.Value.GetDouble(); break;
                        case "high" when p.Value.ValueKind == JsonValueKind.Null: break;
                        case "text" when p.Value.ValueKind == JsonValueKind.String: record.FigureText = p.Value.GetString(); break;
                        case "low" or "high": record.TypeErrors.Add(($"figure.{p.Name}", "a number")); break;
                        case "text": record.TypeErrors.Add(("figure.text", "a string")); break;
                        default: break;
                    }
                }

                return;
            default:
                record.TypeErrors.Add(("figure", "text such as \"around 340,000\" or an object {\"low\": 105, \"high\": 141}"));
                return;
        }
    }

    // Reads a record into the model, leaving out what does not read (the record rules report it).
    private static Claim ToClaim(ClaimRecord r, VerificationOptions options)
    {
        Figure? figure = null;
        if (r.FigureIsObject)
        {
            if (r.FigureLow is { } low && low >= 0 && (r.FigureHigh is null || r.FigureHigh >= low))
            {
                figure = Figure.Interval(low, r.FigureHigh, r.FigureText);
            }
        }
        else if (r.FigureText is { } text && !text.TrimStart().StartsWith('-'))
        {
            Figure.TryParse(text, options.Figures, out figure, out _);
        }

        return new Claim(r.Id ?? string.Empty, new Subject(r.Subject ?? string.Empty), figure, r.Source ?? string.Empty)
        {
            Place = r.Place is not null && Place.TryParse(r.Place, out var place) ? options.Gazetteer.Complete(place) : null,
            Period = r.Period is null ? null : Period.TryParse(r.Period, out var period) ? period : null,
            DerivedFrom = [.. r.DerivedFrom],
            ReportedIn = r.ReportedIn,
            IsContested = r.Contested,
            Quote = r.Quote,
            Measure = ClaimRecordRules.MeasureOf(r.Measure),
            Coverage = ClaimRecordRules.CoverageOf(r.Coverage) ?? Coverage.Full,
            Metadata = r.Metadata,
        };
    }
}
