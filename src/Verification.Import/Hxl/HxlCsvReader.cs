using System.Runtime.CompilerServices;
using Verification.Figures;
using Verification.Import.Csv;
using Verification.Import.Mapping;
using Verification.Places;
using Verification.Subjects;

namespace Verification.Import.Hxl;

/// <summary>Reads HXL-tagged CSV as published on HDX: the hashtag row (wherever it stands among the first rows) says
/// what each column is; each figure column gives a claim per row whose subject is its hashtag.</summary>
/// <remarks>
/// <para>Figures: every column tagged <c>#affected</c>, <c>#inneed</c>, <c>#population</c>, <c>#targeted</c> or
/// <c>#reached</c>, with its attributes (<c>#affected+idps</c>, <c>#affected+killed</c>); the hashtag is the claim's
/// subject, which the subject vocabulary reads. A blank figure cell gives no claim. Place, most specific first:
/// <c>#loc+name</c>, <c>#adm4+name</c> … <c>#adm1+name</c>, <c>#country+name</c> (else <c>#country+code</c>). Time:
/// <c>#date+start</c>/<c>#date+end</c>, else <c>#date+reported</c>, else <c>#date</c>. Source: <c>#meta+source</c>, unless
/// the options name the source, when that column's names become the claims' derivations. Id: <c>#meta+id</c>,
/// <c>#id</c> or <c>#event+id</c>, else the row number.</para>
/// <para>Rows above the hashtag row (titles, the plain header) are skipped; a file with no hashtag row in its first
/// <see cref="FilePreview.MaxRows"/> rows is refused (<c>hxl-missing</c>). Row problems are those of
/// <see cref="MappedCsvReader"/>.</para>
/// </remarks>
public sealed class HxlCsvReader : IEvidenceFileReader
{
    private static readonly string[] FigureBases = ["#affected", "#inneed", "#population", "#targeted", "#reached"];
    private static readonly string[] IdTags = ["#meta+id", "#id", "#event+id"];
    private static readonly string[] PlaceTags = ["#loc+name", "#adm4+name", "#adm3+name", "#adm2+name", "#adm1+name"];

    /// <inheritdoc />
    public string Format => "hxl";

    /// <inheritdoc />
    public string Description => "HXL-tagged CSV (as on HDX): a hashtag row names each column; #affected, #inneed, #population… columns are figures";

    /// <summary>Whether the first rows hold an HXL hashtag row with at least one figure column.</summary>
    /// <param name="preview">The file's first rows.</param>
    public bool Recognises(FilePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return preview.Rows.Any(r => ClaimParts.IsHashtagRow(r) && r.Any(IsFigure));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, EvidenceFileOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var file = options.FileName;
        var figureOptions = options.Figures ?? FigureOptions.Default;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        MappedCsvReader? reader = null;
        Dictionary<string, int>? columns = null;
        var prefix = options.IdPrefix ?? Format;
        await using var enumerator = CsvRows.ReadAsync(stream, ',', cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            CsvRow? row = null;
            ImportRecord? broken = null;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                row = enumerator.Current;
            }
            catch (CsvFileException e)
            {
                broken = ImportRecord.Refused(e.Row, [new ImportProblem(file, e.Row, null, "csv-invalid", e.Message)]);
            }

            if (broken is not null || row is null)
            {
                yield return broken!;
                yield break;
            }

            if (reader is null)
            {
                if (!ClaimParts.IsHashtagRow(row.Cells))
                {
                    if (row.Number >= FilePreview.MaxRows)
                    {
                        break;
                    }

                    continue;
                }

                var tags = row.Cells.Select(c => c.ToLowerInvariant()).ToArray();
                var mapping = MappingOf(tags, options.Source);
                if (mapping is null)
                {
                    yield return ImportRecord.Refused(row.Number, [new ImportProblem(file, row.Number, null, "hxl-no-figure", "the hashtag row has no figure column: expected #affected, #inneed, #population, #targeted or #reached.")]);
                    yield break;
                }

                reader = new MappedCsvReader(mapping);
                (columns, _) = reader.Header(row with { Cells = tags }, file);
                continue;
            }

            if (row.IsBlank)
            {
                continue;
            }

            foreach (var record in reader.ReadRow(row, columns!, file, prefix, options.Source, figureOptions, ids))
            {
                yield return record;
            }
        }

        if (reader is null)
        {
            yield return ImportRecord.Refused(0, [new ImportProblem(file, 0, null, "hxl-missing", $"no HXL hashtag row (#affected+idps, #adm1+name, …) in the first {FilePreview.MaxRows} rows.")]);
        }
    }

    private static bool IsFigure(string tag)
    {
        var lower = tag.ToLowerInvariant();
        return Array.Exists(FigureBases, b => lower == b || lower.StartsWith(b + "+", StringComparison.Ordinal));
    }

    /// <summary>The mapping the hashtag row describes; null when it has no figure column.</summary>
    private static ColumnMapping? MappingOf(string[] tags, string? source)
    {
        var present = new HashSet<string>(tags.Where(t => t.Length > 0), StringComparer.Ordinal);
        var figureTags = present.Where(IsFigure).ToList();
        if (figureTags.Count == 0)
        {
            return null;
        }

        ColumnValue? Tag(string tag) => present.Contains(tag) ? ColumnValue.FromColumn(tag) : null;
        var figures = figureTags.Select(t => new FigureMapping
        {
            Subject = ColumnValue.Constant(t),
            Figure = ColumnValue.FromColumn(t),
            SkipBlank = true,
            Key = figureTags.Count > 1 ? t.TrimStart('#') : null,
        }).ToList();

        var place = PlaceTags.Select(Tag).OfType<ColumnValue>().ToList();
        if ((Tag("#country+name") ?? Tag("#country+code")) is { } country)
        {
            place.Add(country);
        }

        var (start, end) = (Tag("#date+start"), Tag("#date+end"));
        var date = start is null && end is null ? Tag("#date+reported") ?? Tag("#date") : null;
        var metaSource = Tag("#meta+source");
        return new ColumnMapping
        {
            Format = "hxl",
            Id = IdTags.Select(Tag).OfType<ColumnValue>().FirstOrDefault(),
            Figures = figures,
            Place = place,
            Date = date,
            Start = start,
            End = end,
            Source = !string.IsNullOrWhiteSpace(source) ? ColumnValue.Constant(source) : metaSource,
            DerivedFrom = !string.IsNullOrWhiteSpace(source) ? metaSource : null,
        };
    }
}
