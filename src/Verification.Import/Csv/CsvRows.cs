using System.Runtime.CompilerServices;
using System.Text;
using Sylvan.Data.Csv;
using Verification.Figures;

namespace Verification.Import.Csv;

/// <summary>One row of a CSV file: its number as a spreadsheet shows it, and its cells.</summary>
/// <param name="Number">The row, counting from 1.</param>
/// <param name="Cells">Its cells, trimmed of surrounding white space.</param>
internal sealed record CsvRow(int Number, string[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>; empty when the row is shorter.</summary>
    public string this[int index] => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>Whether every cell is empty (a blank line, or a line of delimiters).</summary>
    public bool IsBlank => Array.TrueForAll(Cells, c => c.Length == 0);
}

/// <summary>Reads a CSV file's rows with Sylvan's reader: quoting, embedded line breaks and delimiters as RFC 4180
/// has them. The header is not interpreted here: formats find it themselves (an HXL hashtag row may stand anywhere).</summary>
internal static class CsvRows
{
    /// <summary>The longest record read; a longer one is a file problem, not a reason to hold the whole file.</summary>
    private const int MaxRecordChars = 1 << 22;

    /// <summary>Reads a stream's rows.</summary>
    /// <param name="stream">The content; UTF-8 unless a byte-order mark says otherwise.</param>
    /// <param name="delimiter">The delimiter.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CsvFileException">The content is not CSV that can be read.</exception>
    public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, char delimiter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            MaxBufferSize = MaxRecordChars,
            OwnsReader = false,

            // A line starting with "#" is an HXL hashtag row, not a comment.
            Comment = '\0',
        };

        CsvDataReader csv;
        try
        {
            csv = await CsvDataReader.CreateAsync(text, options, cancellationToken).ConfigureAwait(false);
        }
        catch (CsvRecordTooLargeException)
        {
            throw new CsvFileException(1, TooLarge);
        }

        await using (csv.ConfigureAwait(false))
        {
            var number = 0;
            while (true)
            {
                bool more;
                try
                {
                    more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (CsvRecordTooLargeException)
                {
                    throw new CsvFileException(number + 1, TooLarge);
                }
                catch (CsvFormatException e)
                {
                    throw new CsvFileException(number + 1, $"the row is not CSV that can be read: {e.Message}");
                }

                if (!more)
                {
                    yield break;
                }

                number++;
                var cells = new string[csv.RowFieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i).Trim();
                }

                yield return new CsvRow(number, cells);
            }
        }
    }

    /// <summary>The first rows of a file, for telling its format; empty when it does not read as CSV.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> PreviewAsync(Stream stream, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<string>>();
        try
        {
            await foreach (var row in ReadAsync(stream, ',', cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row.Cells);
                if (rows.Count == FilePreview.MaxRows)
                {
                    break;
                }
            }
        }
        catch (CsvFileException)
        {
            // Not CSV: no format that reads CSV recognises it.
        }

        return rows;
    }

    private const string TooLarge = "a row is longer than 4 MiB: the file is not the CSV it claims to be, or a quote is left open.";
}

/// <summary>A CSV file that cannot be read past a row.</summary>
internal sealed class CsvFileException(int row, string message) : Exception(message)
{
    /// <summary>The row where reading stopped.</summary>
    public int Row { get; } = row;
}
