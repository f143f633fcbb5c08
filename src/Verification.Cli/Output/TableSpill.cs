using System.Text;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Cli.Output;

/// <summary>The table of results verified one at a time: each row's cells are kept in a temporary file as they come,
/// and the table is laid out from it once the widest cells, and so the column widths, are known.</summary>
/// <remarks>The table's columns are as wide as their widest cell, which only the last result may show; holding every
/// row in memory instead costs hundreds of bytes per claim.</remarks>
internal sealed class TableSpill : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly bool _findings;
    private int _id;
    private int _figure;
    private int _verdict;
    private int _corroborated;
    private int _contested;
    private int _unverified;

    /// <summary>Creates an empty spill in the temporary folder; it is deleted when disposed.</summary>
    /// <param name="findings">Whether findings are kept for the table to list.</param>
    public TableSpill(bool findings)
    {
        _findings = findings;
        _file = new FileStream(Path.Combine(Path.GetTempPath(), $"verify-table-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Keeps a result's row.</summary>
    /// <param name="claim">The result.</param>
    public void Add(ClaimVerification claim)
    {
        var cells = TableFormatter.Cells(claim);
        _id = Math.Max(_id, cells[0].Length);
        _figure = Math.Max(_figure, cells[1].Length);
        _verdict = Math.Max(_verdict, cells[2].Length);
        switch (claim.Verdict)
        {
            case Verdict.Corroborated: _corroborated++; break;
            case Verdict.Contested: _contested++; break;
            default: _unverified++; break;
        }

        foreach (var cell in cells)
        {
            _writer.Write(cell);
        }

        var lines = _findings ? TableFormatter.FindingLines(claim) : [];
        _writer.Write(lines.Count);
        foreach (var line in lines)
        {
            _writer.Write(line);
        }
    }

    /// <summary>Lays out the table of every row kept, and the summary line.</summary>
    /// <param name="formatter">The table's layout.</param>
    /// <param name="output">Where to write.</param>
    public async Task WriteAsync(TableFormatter formatter, TextWriter output)
    {
        _writer.Flush();
        _file.Position = 0;
        var widths = formatter.Widths(_id, _figure, _verdict);
        var text = new StringBuilder();
        TableFormatter.AppendHeader(text, widths);
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        var cells = new string[4];
        while (_file.Position < _file.Length)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.ReadString();
            }

            var lines = new string[reader.ReadInt32()];
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = reader.ReadString();
            }

            formatter.AppendClaim(text, cells, lines, widths);
            if (text.Length >= 64 * 1024)
            {
                await output.WriteAsync(text).ConfigureAwait(false);
                text.Clear();
            }
        }

        text.AppendLine();
        text.AppendLine(TableFormatter.Summary(new VerdictCounts(_corroborated, _contested, _unverified)));
        await output.WriteAsync(text).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
