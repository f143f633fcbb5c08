namespace Verification.Cli.Commands;

/// <summary>Reads lines of text, keeping none longer than a limit: a longer line is skipped to its end and reported by
/// its size, so that one huge line cannot exhaust memory and the lines after it are still read.</summary>
/// <remarks>Lines end as <see cref="TextReader.ReadLine"/> ends them: at "\n", "\r" or "\r\n". Sizes are counted in
/// UTF-8 bytes, the form the input arrived in.</remarks>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly long _maxBytes;
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private bool _skipLineFeed;

    /// <summary>Creates a reader.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="maxBytes">The longest line kept, in UTF-8 bytes.</param>
    public BoundedLineReader(TextReader reader, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _reader = reader;
        _maxBytes = maxBytes;
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line; or, for a line above the limit, a null <see cref="Line.Text"/> and its size; null at the end of
    /// the input.</returns>
    public async ValueTask<Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        long bytes = 0;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Ended(text, bytes) : null;
                }
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_position] == '\n')
                {
                    _position++;
                    continue;
                }
            }

            any = true;
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny('\r', '\n');
            var part = end < 0 ? rest : rest[..end];
            bytes += Utf8Length(part);
            if (bytes <= _maxBytes)
            {
                text.Append(part);
            }
            else
            {
                // Past the limit nothing more is kept; what was kept is let go at once.
                text.Clear();
            }

            if (end < 0)
            {
                _position = _length;
                continue;
            }

            _skipLineFeed = rest[end] == '\r';
            _position += end + 1;
            return Ended(text, bytes);
        }
    }

    private Line Ended(System.Text.StringBuilder text, long bytes) => bytes <= _maxBytes ? new Line(text.ToString(), bytes) : new Line(null, bytes);

    // The UTF-8 size of UTF-16 text: a surrogate pair is four bytes, two for each half.
    private static long Utf8Length(ReadOnlySpan<char> chars)
    {
        long bytes = 0;
        foreach (var c in chars)
        {
            bytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
        }

        return bytes;
    }

    /// <summary>One line read.</summary>
    /// <param name="Text">The line without its end; null when it was longer than the limit and was skipped.</param>
    /// <param name="Bytes">Its size in UTF-8 bytes.</param>
    internal readonly record struct Line(string? Text, long Bytes);
}
