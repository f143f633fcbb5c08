namespace Verification.Import.Mapping;

/// <summary>The rules a <see cref="ColumnMapping"/> must keep to be read through, whether it was read from a file or built
/// in code: the same codes and sentences as <see cref="ColumnMappingFile"/> gives.</summary>
internal static class ColumnMappingRules
{
    private static readonly string[] Measures = ["incident", "stock", "total", "projection"];

    // The fields of a claims file: a column kept as metadata under one of these names would be read as the field.
    private static readonly HashSet<string> ClaimFields = new(StringComparer.Ordinal)
    {
        "id", "subject", "figure", "place", "period", "source", "derivedFrom", "reportedIn", "contested", "quote", "measure", "coverage",
    };

    /// <summary>Whether <paramref name="name"/> is a field of a claims file, which metadata may not take.</summary>
    public static bool IsClaimField(string name) => ClaimFields.Contains(name);

    /// <summary>Every rule the mapping breaks, one sentence each, naming the field; empty when it can be used.</summary>
    public static List<string> Problems(ColumnMapping mapping)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(mapping.Format))
        {
            problems.Add("field-type: field 'format' must be text.");
        }

        if (mapping.HeaderRow < 1)
        {
            problems.Add("field-type: field 'headerRow' must be a row number from 1.");
        }

        if (mapping.Delimiter is '"' or '\r' or '\n' || char.IsLetterOrDigit(mapping.Delimiter))
        {
            problems.Add($"field-type: field 'delimiter' must be one character that is not a letter, a digit, a quote or a line break, e.g. \",\" or \";\"; not '{mapping.Delimiter}'.");
        }

        if (mapping.Figures is null || mapping.Figures.Count == 0)
        {
            problems.Add("figure-missing: the mapping names no figure: give 'subject' and 'figure', or a list 'figures'.");
        }
        else
        {
            for (var i = 0; i < mapping.Figures.Count; i++)
            {
                FigureProblems(mapping.Figures[i], mapping.Figures.Count == 1 ? string.Empty : $"figures[{i + 1}]", problems);
            }

            foreach (var key in mapping.Figures.Where(f => f is not null).GroupBy(f => f.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                problems.Add($"figure-key-duplicate: field 'figures': {(key is null ? "more than one figure has no 'key'" : $"the key '{key}' is given to more than one figure")}; each figure of a row needs its own, to tell its claim's id apart.");
            }
        }

        Value(mapping.Id, "id", problems);
        for (var i = 0; i < (mapping.Place?.Count ?? 0); i++)
        {
            Value(mapping.Place![i], $"place[{i + 1}]", problems);
        }

        Value(mapping.Date, "date", problems);
        Value(mapping.Start, "start", problems);
        Value(mapping.End, "end", problems);
        Value(mapping.Source, "source", problems);
        Value(mapping.DerivedFrom, "derivedFrom", problems);
        Value(mapping.ReportedIn, "reportedIn", problems);
        Value(mapping.Quote, "quote", problems);
        if (Value(mapping.Measure, "measure", problems) && mapping.Measure!.Value is { } m && !Measures.Contains(m.Trim().ToLowerInvariant()))
        {
            problems.Add($"measure-unknown: field 'measure': '{m}' is not a measure: expected incident, stock, total or projection.");
        }

        if (mapping.Date is not null && (mapping.Start is not null || mapping.End is not null))
        {
            problems.Add("period-ambiguous: give 'date' (one column) or 'start' and 'end' (two), not both.");
        }

        if (mapping.ContestedColumn is null == (mapping.ContestedValues?.Count > 0) || (mapping.ContestedColumn is not null && string.IsNullOrWhiteSpace(mapping.ContestedColumn)))
        {
            problems.Add("field-type: field 'contested' must be {\"column\": \"name\", \"equals\": [\"value\", …]}.");
        }

        foreach (var name in mapping.Metadata ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add("field-type: field 'metadata' must be a list of column names.");
            }
            else if (ClaimFields.Contains(name))
            {
                problems.Add($"metadata-reserved: field 'metadata': a column named '{name}' cannot be kept as metadata, since a claims file reads '{name}' as the claim's own field; map it to that field instead.");
            }
        }

        return problems;
    }

    private static void FigureProblems(FigureMapping? figure, string path, List<string> problems)
    {
        string Name(string field) => path.Length == 0 ? field : $"{path}.{field}";
        if (figure is null)
        {
            problems.Add($"field-type: field '{(path.Length == 0 ? "figures" : path)}' must be an object with 'subject' and 'figure'.");
            return;
        }

        if (figure.Subject is null)
        {
            problems.Add($"subject-missing: field '{Name("subject")}' is missing: what does the figure count?");
        }
        else
        {
            Value(figure.Subject, Name("subject"), problems);
        }

        if (figure.Figure is null && figure.Low is null)
        {
            problems.Add(figure.High is null && figure.Best is null
                ? $"figure-missing: field '{Name("figure")}' is missing: which column holds the figure?"
                : $"figure-low-missing: field '{Name("figure")}' is an interval and needs 'low'.");
        }
        else if (figure.Figure is not null && (figure.Low is not null || figure.High is not null || figure.Best is not null))
        {
            problems.Add($"figure-ambiguous: field '{Name("figure")}' gives one column and an interval; give one of the two.");
        }

        Value(figure.Figure, Name("figure"), problems);
        Value(figure.Low, Name("figure") + ".low", problems);
        Value(figure.High, Name("figure") + ".high", problems);
        Value(figure.Best, Name("figure") + ".best", problems);
    }

    // Whether a value, if given, names a column or gives a constant, one of the two.
    private static bool Value(ColumnValue? value, string path, List<string> problems)
    {
        if (value is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value.Column) == string.IsNullOrWhiteSpace(value.Value))
        {
            problems.Add($"field-type: field '{path}' must name a column ({{\"column\": \"name\"}}) or give a value ({{\"value\": \"text\"}}), one of the two.");
            return false;
        }

        if (string.IsNullOrEmpty(value.Separator))
        {
            problems.Add($"field-type: field '{path}': the separator of a list must not be empty.");
            return false;
        }

        return true;
    }
}
