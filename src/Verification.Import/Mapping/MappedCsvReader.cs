using System.Runtime.CompilerServices;
using Verification.Claims;
using Verification.Figures;
using Verification.Import.Csv;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;

namespace Verification.Import.Mapping;

/// <summary>Reads a CSV file through a <see cref="ColumnMapping"/>: each data row gives one claim per mapped figure.</summary>
/// <remarks>
/// <para>Rows above the header row are skipped, and so is an HXL hashtag row right under it (HDX adds one to many
/// files). Blank rows are skipped. A row's problems, every one with its column: a figure that is not a number
/// (<c>figure-unreadable</c>), negative (<c>figure-negative</c>), with its low above its high (<c>figure-inverted</c>) or
/// its best outside them (<c>figure-best-outside</c>), blank (<c>figure-missing</c>); a date that does not read
/// (<c>date-unreadable</c>) or ends before it starts (<c>period-inverted</c>); a blank subject (<c>subject-missing</c>),
/// source (<c>source-missing</c>) or id (<c>id-missing</c>); an id given to an earlier row (<c>id-duplicate</c>); a
/// measure that is not one (<c>measure-unknown</c>). A column the mapping names and the header lacks is a problem of the
/// header row (<c>column-missing</c>), and the file is read no further.</para>
/// </remarks>
public sealed class MappedCsvReader : IEvidenceFileReader
{
    private readonly ColumnMapping _mapping;

    /// <summary>Creates a reader for one mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <exception cref="ColumnMappingException">The mapping breaks a rule a mapping file must keep (no figure, a field
    /// that names both a column and a value, an interval without its low, an unknown measure…): every problem is listed,
    /// as for a mapping read from a file.</exception>
    public MappedCsvReader(ColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (ColumnMappingRules.Problems(mapping) is { Count: > 0 } problems)
        {
            var name = $"mapping '{mapping.Format}'";
            throw new ColumnMappingException($"{name}: the column mapping cannot be used ({problems.Count} problem(s)): {string.Join(" ", problems)}", [.. problems.Select(p => $"{name}: {p}")]);
        }

        _mapping = mapping;
    }

    /// <summary>The mapping read through.</summary>
    public ColumnMapping Mapping => _mapping;

    /// <inheritdoc />
    public string Format => _mapping.Format;

    /// <inheritdoc />
    public string Description => _mapping.Description;

    /// <summary>Whether the header row holds every column the mapping names.</summary>
    /// <param name="preview">The file's first rows.</param>
    public bool Recognises(FilePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.Rows.Count < _mapping.HeaderRow)
        {
            return false;
        }

        var header = new HashSet<string>(preview.Rows[_mapping.HeaderRow - 1], StringComparer.OrdinalIgnoreCase);
        return _mapping.Columns().All(header.Contains);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, EvidenceFileOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var file = options.FileName;
        var figureOptions = options.Figures ?? FigureOptions.Default;
        var prefix = options.IdPrefix ?? _mapping.IdPrefix ?? _mapping.Format;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, int>? columns = null;
        var afterHeader = false;
        var rows = CsvRows.ReadAsync(stream, _mapping.Delimiter, cancellationToken).ConfigureAwait(false);
        await using var enumerator = rows.GetAsyncEnumerator();
        while (true)
        {
            CsvRow row;
            ImportRecord? broken = null;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    break;
                }

                row = enumerator.Current;
            }
            catch (CsvFileException e)
            {
                broken = ImportRecord.Refused(e.Row, [new ImportProblem(file, e.Row, null, "csv-invalid", e.Message)]);
                row = null!;
            }

            if (broken is not null)
            {
                yield return broken;
                yield break;
            }

            if (columns is null)
            {
                if (row.Number < _mapping.HeaderRow)
                {
                    continue;
                }

                (columns, var missing) = Header(row, file);
                if (missing.Count > 0)
                {
                    yield return ImportRecord.Refused(row.Number, missing);
                    yield break;
                }

                afterHeader = true;
                continue;
            }

            if (afterHeader && ClaimParts.IsHashtagRow(row.Cells))
            {
                afterHeader = false;
                continue;
            }

            afterHeader = false;
            if (row.IsBlank)
            {
                continue;
            }

            foreach (var record in ReadRow(row, columns, file, prefix, options.Source, figureOptions, ids))
            {
                yield return record;
            }
        }

        if (columns is null)
        {
            yield return ImportRecord.Refused(0, [new ImportProblem(file, 0, null, "header-missing", $"the file has no row {_mapping.HeaderRow} to read the column names from.")]);
        }
    }

    /// <summary>The header's columns by name, and a problem for each column the mapping names that it lacks.</summary>
    internal (Dictionary<string, int> Columns, List<ImportProblem> Missing) Header(CsvRow row, string file)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < row.Cells.Length; i++)
        {
            columns.TryAdd(row.Cells[i], i);
        }

        var missing = _mapping.Columns()
            .Where(c => !columns.ContainsKey(c))
            .Select(c => new ImportProblem(file, row.Number, c, "column-missing", $"the header has no column '{c}', which the {_mapping.Format} mapping reads."))
            .ToList();
        return (columns, missing);
    }

    /// <summary>One data row's claims, or its problems.</summary>
    internal IEnumerable<ImportRecord> ReadRow(CsvRow row, Dictionary<string, int> columns, string file, string prefix, string? defaultSource, FigureOptions figureOptions, HashSet<string> ids)
    {
        var problems = new RowProblems(file, row.Number);
        string Cell(ColumnValue value) => value.Column is { } c ? row[columns[c]] : value.Value!;

        var rowId = $"r{row.Number}";
        if (_mapping.Id is { } idValue)
        {
            rowId = Cell(idValue);
            if (rowId.Length == 0)
            {
                problems.Add(idValue.Column, "id-missing", "the row has no id.");
            }
            else if (!ids.Add(rowId))
            {
                problems.Add(idValue.Column, "id-duplicate", $"the id '{Cells.Echo(rowId)}' was given to an earlier row; an id may be given once.");
            }
        }

        var place = ClaimParts.Place(_mapping.Place.Select(Cell));
        var period = Period(Cell, problems);
        var source = _mapping.Source is { } s ? Cell(s) : defaultSource ?? string.Empty;
        if (source.Length == 0)
        {
            problems.Add(_mapping.Source?.Column, "source-missing", _mapping.Source is null
                ? "the mapping names no source and none was given: who produced the figure?"
                : "the row names no source: who produced the figure?");
        }

        var derivedFrom = _mapping.DerivedFrom is { } d ? ClaimParts.Names(Cell(d), d.Separator) : [];
        Measure? measure = null;
        if (_mapping.Measure is { } m && Cell(m) is { Length: > 0 } measureText)
        {
            measure = MeasureOf(measureText);
            if (measure is null)
            {
                problems.Add(m.Column, "measure-unknown", $"'{Cells.Echo(measureText)}' is not a measure: expected incident, stock, total or projection.");
            }
        }

        var contested = _mapping.ContestedColumn is { } cc && _mapping.ContestedValues.Contains(row[columns[cc]], StringComparer.OrdinalIgnoreCase);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in _mapping.Metadata)
        {
            if (row[columns[column]] is { Length: > 0 } value)
            {
                metadata[column] = ClaimParts.Metadata(value);
            }
        }

        var claims = new List<Claim>();
        foreach (var figureMapping in _mapping.Figures)
        {
            var (figure, blank) = Figure(figureMapping, Cell, problems, figureOptions);
            if (blank && figureMapping.SkipBlank)
            {
                continue;
            }

            var subject = Cell(figureMapping.Subject);
            if (subject.Length == 0)
            {
                problems.Add(figureMapping.Subject.Column, "subject-missing", "the row does not say what the figure counts.");
            }

            var id = $"{prefix}:{rowId}" + (figureMapping.Key is { } key ? $":{key}" : string.Empty);
            if (figure is null || problems.Count > 0)
            {
                continue;
            }

            claims.Add(new Claim(id, new Subject(subject), figure, source)
            {
                Place = place,
                Period = period,
                DerivedFrom = derivedFrom,
                Measure = measure,
                IsContested = contested,
                ReportedIn = _mapping.ReportedIn is { } r && Cell(r) is { Length: > 0 } reportedIn ? reportedIn : null,
                Quote = _mapping.Quote is { } q && Cell(q) is { Length: > 0 } quote ? quote : null,
                Metadata = metadata,
            });
        }

        if (problems.Count > 0)
        {
            return [ImportRecord.Refused(row.Number, problems.All)];
        }

        return claims.Select(c => ImportRecord.Read(row.Number, c));
    }

    private Period? Period(Func<ColumnValue, string> cell, RowProblems problems)
    {
        if (_mapping.Date is { } date)
        {
            var text = cell(date);
            if (text.Length == 0)
            {
                return null;
            }

            var period = Cells.Period(text, out var problem);
            if (problem is not null)
            {
                problems.Add(date.Column, "date-unreadable", problem);
            }

            return period;
        }

        var start = Day(_mapping.Start, cell, problems);
        var end = Day(_mapping.End, cell, problems);
        if (start is null || end is null)
        {
            return start ?? end;
        }

        if (end.End < start.Start)
        {
            problems.Add(_mapping.End!.Column, "period-inverted", $"the period ends ({end}) before it starts ({start}).");
            return null;
        }

        return start.Start == end.End && start.Precision == PeriodPrecision.Day ? start : Verification.Periods.Period.Between(start.Start, end.End);
    }

    private static Period? Day(ColumnValue? value, Func<ColumnValue, string> cell, RowProblems problems)
    {
        if (value is null || cell(value) is not { Length: > 0 } text)
        {
            return null;
        }

        var period = Cells.Period(text, out var problem);
        if (problem is not null)
        {
            problems.Add(value.Column, "date-unreadable", problem);
        }

        return period;
    }

    private static (Figure? Figure, bool Blank) Figure(FigureMapping mapping, Func<ColumnValue, string> cell, RowProblems problems, FigureOptions options)
    {
        if (mapping.Figure is { } single)
        {
            var text = cell(single);
            if (text.Length == 0)
            {
                if (!mapping.SkipBlank)
                {
                    problems.Add(single.Column, "figure-missing", "the figure is blank.");
                }

                return (null, true);
            }

            var figure = Cells.Figure(text, options, out var problem);
            if (problem is not null)
            {
                problems.Add(single.Column, problem.Contains("negative", StringComparison.Ordinal) ? "figure-negative" : "figure-unreadable", problem);
            }

            return (figure, false);
        }

        var lowText = cell(mapping.Low!);
        var highText = mapping.High is { } h ? cell(h) : string.Empty;
        var bestText = mapping.Best is { } b ? cell(b) : string.Empty;
        if (lowText.Length == 0 && highText.Length == 0 && bestText.Length == 0)
        {
            if (!mapping.SkipBlank)
            {
                problems.Add(mapping.Low!.Column, "figure-missing", "the figure is blank.");
            }

            return (null, true);
        }

        var before = problems.Count;
        var low = Count(mapping.Low!, lowText, options, problems, required: true);
        var high = mapping.High is { } hv ? Count(hv, highText, options, problems, required: false) : null;
        var best = mapping.Best is { } bv ? Count(bv, bestText, options, problems, required: false) : null;
        if (problems.Count > before || low is not { } lo)
        {
            return (null, false);
        }

        var hi = high ?? lo;
        if (lo > hi)
        {
            problems.Add(mapping.Low!.Column, "figure-inverted", $"the low ({Verification.Figures.Figure.FormatNumber(lo)}) is greater than the high ({Verification.Figures.Figure.FormatNumber(hi)}).");
            return (null, false);
        }

        if (best is { } point)
        {
            if (point < lo || point > hi)
            {
                problems.Add(mapping.Best!.Column, "figure-best-outside", $"the best estimate ({Verification.Figures.Figure.FormatNumber(point)}) lies outside the low–high interval ({Verification.Figures.Figure.FormatNumber(lo)}–{Verification.Figures.Figure.FormatNumber(hi)}).");
                return (null, false);
            }

            return (lo == hi ? Verification.Figures.Figure.Exact(point) : Verification.Figures.Figure.Estimate(point, lo, hi), false);
        }

        return (lo == hi ? Verification.Figures.Figure.Exact(lo) : Verification.Figures.Figure.Interval(lo, hi), false);
    }

    private static double? Count(ColumnValue value, string text, FigureOptions options, RowProblems problems, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(value.Column, "figure-missing", "the low end is blank while other parts of the figure are given.");
            }

            return null;
        }

        var count = Cells.Count(text, options, out var problem);
        if (problem is not null)
        {
            problems.Add(value.Column, problem.Contains("negative", StringComparison.Ordinal) ? "figure-negative" : "figure-unreadable", problem);
        }

        return count;
    }

    private static Measure? MeasureOf(string text) => text.Trim().ToLowerInvariant() switch
    {
        "incident" => Verification.Measures.Measure.Incident,
        "stock" => Verification.Measures.Measure.Stock,
        "total" => Verification.Measures.Measure.Total,
        "projection" => Verification.Measures.Measure.Projection,
        _ => null,
    };
}
