using System.Text.Json;
using Verification.Figures;
using Verification.Measures;
using Verification.Places;
using Verification.Subjects;

namespace Verification.Import.Mapping;

/// <summary>Reads column-mapping files (JSON; see docs/importing.md).</summary>
/// <remarks>
/// <para>Fields: <c>format</c>, <c>description</c>, <c>headerRow</c>, <c>delimiter</c>, <c>idPrefix</c>, <c>id</c>,
/// <c>subject</c> and <c>figure</c> (the row's main figure) or <c>figures</c> (a list of
/// <c>{"key", "subject", "figure" | "low"/"high"/"best", "skipBlank"}</c>), <c>place</c> (a list, most specific first),
/// <c>date</c> or <c>start</c>/<c>end</c>, <c>source</c>, <c>derivedFrom</c>, <c>measure</c>, <c>reportedIn</c>,
/// <c>quote</c>, <c>contested</c> (<c>{"column": "grading", "equals": ["Contested"]}</c>), <c>metadata</c> (a list of
/// columns).</para>
/// <para>A field's value is a column's name (<c>"best"</c> or <c>{"column": "best"}</c>) or a constant
/// (<c>{"value": "UCDP"}</c>). A figure given as an object <c>{"low": …, "high": …, "best": …}</c> is an interval.</para>
/// </remarks>
public static class ColumnMappingFile
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "format", "description", "headerRow", "delimiter", "idPrefix", "id", "subject", "figure", "figures", "place",
        "date", "start", "end", "source", "derivedFrom", "measure", "reportedIn", "quote", "contested", "metadata", "$comment",
    };

    private static readonly string[] Measures = ["incident", "stock", "total", "projection"];

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ColumnMappingException">The mapping cannot be used; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<ColumnMapping> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(json, path);
    }

    /// <summary>Reads a mapping from its JSON text.</summary>
    /// <param name="json">The mapping.</param>
    /// <param name="fileName">The file's name, for problems.</param>
    /// <exception cref="ColumnMappingException">The mapping cannot be used; every problem is listed.</exception>
    public static ColumnMapping Parse(string json, string fileName = "mapping")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Fail(fileName, [$"mapping-invalid: the file is not JSON: {e.Message}"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var mapping = Read(document.RootElement, problems);
            if (problems.Count > 0 || mapping is null)
            {
                throw Fail(fileName, problems);
            }

            return mapping;
        }
    }

    private static ColumnMappingException Fail(string fileName, List<string> problems)
    {
        var listed = problems.Select(p => $"{fileName}: {p}").ToArray();
        return new ColumnMappingException($"{fileName}: the column mapping cannot be used ({listed.Length} problem(s)): {string.Join(" ", problems)}", listed);
    }

    private static ColumnMapping? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("mapping-invalid: expected an object with the fields of a column mapping.");
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                problems.Add($"field-unknown: field '{property.Name}' is not a mapping field; expected one of {string.Join(", ", Fields.Where(f => f[0] != '$'))}.");
            }
        }

        var figures = new List<FigureMapping>();
        if (root.TryGetProperty("figures", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("field-type: field 'figures' must be a list of {\"subject\", \"figure\"} objects.");
            }
            else
            {
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    i++;
                    if (FigureOf(item, $"figures[{i}]", problems) is { } figure)
                    {
                        figures.Add(figure);
                    }
                }
            }
        }

        if (root.TryGetProperty("subject", out _) || root.TryGetProperty("figure", out _))
        {
            if (FigureOf(root, string.Empty, problems) is { } main)
            {
                figures.Insert(0, main);
            }
        }

        if (figures.Count == 0 && !problems.Exists(p => p.Contains("figure", StringComparison.Ordinal)))
        {
            problems.Add("figure-missing: the mapping names no figure: give 'subject' and 'figure', or a list 'figures'.");
        }

        var headerRow = 1;
        if (root.TryGetProperty("headerRow", out var header))
        {
            if (header.ValueKind != JsonValueKind.Number || !header.TryGetInt32(out headerRow) || headerRow < 1)
            {
                problems.Add("field-type: field 'headerRow' must be a row number from 1.");
            }
        }

        var delimiter = ',';
        if (root.TryGetProperty("delimiter", out var d))
        {
            var text = d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (text is not { Length: 1 })
            {
                problems.Add("field-type: field 'delimiter' must be one character, e.g. \",\" or \";\".");
            }
            else
            {
                delimiter = text[0];
            }
        }

        var place = new List<ColumnValue>();
        if (root.TryGetProperty("place", out var p))
        {
            if (p.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var part in p.EnumerateArray())
                {
                    i++;
                    if (ValueOf(part, $"place[{i}]", problems) is { } value)
                    {
                        place.Add(value);
                    }
                }
            }
            else if (ValueOf(p, "place", problems) is { } single)
            {
                place.Add(single);
            }
        }

        var measure = Optional(root, "measure", problems);
        if (measure?.Value is { } m && !Measures.Contains(m.Trim().ToLowerInvariant()))
        {
            problems.Add($"measure-unknown: field 'measure': '{m}' is not a measure: expected incident, stock, total or projection.");
        }

        string? contestedColumn = null;
        var contestedValues = new List<string>();
        if (root.TryGetProperty("contested", out var contested))
        {
            if (contested.ValueKind == JsonValueKind.Object
                && contested.TryGetProperty("column", out var column) && column.ValueKind == JsonValueKind.String
                && contested.TryGetProperty("equals", out var equals) && equals.ValueKind == JsonValueKind.Array
                && equals.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                contestedColumn = column.GetString();
                contestedValues.AddRange(equals.EnumerateArray().Select(e => e.GetString()!));
            }
            else
            {
                problems.Add("field-type: field 'contested' must be {\"column\": \"name\", \"equals\": [\"value\", …]}.");
            }
        }

        var metadata = new List<string>();
        if (root.TryGetProperty("metadata", out var meta))
        {
            if (meta.ValueKind == JsonValueKind.Array && meta.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                metadata.AddRange(meta.EnumerateArray().Select(e => e.GetString()!));
                foreach (var name in metadata.Where(ColumnMappingRules.IsClaimField))
                {
                    problems.Add($"metadata-reserved: field 'metadata': a column named '{name}' cannot be kept as metadata, since a claims file reads '{name}' as the claim's own field; map it to that field instead.");
                }
            }
            else
            {
                problems.Add("field-type: field 'metadata' must be a list of column names.");
            }
        }

        var date = Optional(root, "date", problems);
        var start = Optional(root, "start", problems);
        var end = Optional(root, "end", problems);
        if (date is not null && (start is not null || end is not null))
        {
            problems.Add("period-ambiguous: give 'date' (one column) or 'start' and 'end' (two), not both.");
        }

        return new ColumnMapping
        {
            Format = Text(root, "format", problems) ?? "csv",
            Description = Text(root, "description", problems) ?? "CSV read through a column-mapping file",
            HeaderRow = headerRow,
            Delimiter = delimiter,
            IdPrefix = Text(root, "idPrefix", problems),
            Id = Optional(root, "id", problems),
            Figures = figures,
            Place = place,
            Date = date,
            Start = start,
            End = end,
            Source = Optional(root, "source", problems),
            DerivedFrom = Optional(root, "derivedFrom", problems),
            Measure = measure,
            ReportedIn = Optional(root, "reportedIn", problems),
            Quote = Optional(root, "quote", problems),
            ContestedColumn = contestedColumn,
            ContestedValues = contestedValues,
            Metadata = metadata,
        };
    }

    private static FigureMapping? FigureOf(JsonElement element, string path, List<string> problems)
    {
        string Name(string field) => path.Length == 0 ? field : $"{path}.{field}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"field-type: field '{path}' must be an object with 'subject' and 'figure'.");
            return null;
        }

        var subject = element.TryGetProperty("subject", out var s) ? ValueOf(s, Name("subject"), problems) : null;
        if (subject is null)
        {
            problems.Add($"subject-missing: field '{Name("subject")}' is missing: what does the figure count?");
        }

        if (!element.TryGetProperty("figure", out var f))
        {
            problems.Add($"figure-missing: field '{Name("figure")}' is missing: which column holds the figure?");
            return null;
        }

        ColumnValue? single = null, low = null, high = null, best = null;
        if (f.ValueKind == JsonValueKind.Object && (f.TryGetProperty("low", out _) || f.TryGetProperty("high", out _) || f.TryGetProperty("best", out _)))
        {
            low = Optional(f, "low", problems, Name("figure"));
            high = Optional(f, "high", problems, Name("figure"));
            best = Optional(f, "best", problems, Name("figure"));
            if (low is null)
            {
                problems.Add($"figure-low-missing: field '{Name("figure")}' is an interval and needs 'low'.");
            }
        }
        else
        {
            single = ValueOf(f, Name("figure"), problems);
        }

        var skip = element.TryGetProperty("skipBlank", out var sb) && sb.ValueKind == JsonValueKind.True;
        var key = element.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return subject is null ? null : new FigureMapping { Subject = subject, Figure = single, Low = low, High = high, Best = best, SkipBlank = skip, Key = key };
    }

    private static ColumnValue? Optional(JsonElement parent, string field, List<string> problems, string? path = null) =>
        parent.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? ValueOf(value, path is null ? field : $"{path}.{field}", problems)
            : null;

    private static string? Text(JsonElement parent, string field, List<string> problems)
    {
        if (!parent.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!.Trim();
        }

        problems.Add($"field-type: field '{field}' must be text.");
        return null;
    }

    private static ColumnValue? ValueOf(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(element.GetString()):
                return ColumnValue.FromColumn(element.GetString()!.Trim());
            case JsonValueKind.Object:
                var column = element.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var constant = element.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var separator = element.TryGetProperty("separator", out var sep) && sep.ValueKind == JsonValueKind.String && sep.GetString() is { Length: > 0 } s ? s : ";";
                if (string.IsNullOrWhiteSpace(column) == string.IsNullOrWhiteSpace(constant))
                {
                    problems.Add($"field-type: field '{path}' must name a column ({{\"column\": \"name\"}}) or give a value ({{\"value\": \"text\"}}), one of the two.");
                    return null;
                }

                return column is not null && !string.IsNullOrWhiteSpace(column)
                    ? new ColumnValue { Column = column.Trim(), Separator = separator }
                    : new ColumnValue { Value = constant!.Trim(), Separator = separator };
            default:
                problems.Add($"field-type: field '{path}' must be a column's name, {{\"column\": \"name\"}} or {{\"value\": \"text\"}}.");
                return null;
        }
    }
}
