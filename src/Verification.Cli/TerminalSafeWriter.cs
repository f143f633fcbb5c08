using System.Text;

namespace Verification.Cli;

/// <summary>A writer that passes everything through <see cref="TerminalText.Escape"/>: what the tool writes to stderr
/// (problems, errors, file names, messages that quote the input) cannot drive the terminal.</summary>
/// <param name="inner">The writer written to.</param>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <inheritdoc />
    public override void Write(char value) => inner.Write(TerminalText.Escape(value.ToString()));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => inner.Write(TerminalText.Escape(new string(buffer, index, count)));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(TerminalText.Escape(buffer.ToString()));

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override Task WriteAsync(char value) => inner.WriteAsync(TerminalText.Escape(value.ToString()));

    /// <inheritdoc />
    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(TerminalText.Escape(buffer.ToString()).AsMemory(), cancellationToken);

    /// <inheritdoc />
    public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken = default) =>
        value is null ? Task.CompletedTask : inner.WriteAsync(TerminalText.Escape(value.ToString()).AsMemory(), cancellationToken);

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteLineAsync(TerminalText.Escape(buffer.ToString()).AsMemory(), cancellationToken);

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => inner.FlushAsync();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
}
