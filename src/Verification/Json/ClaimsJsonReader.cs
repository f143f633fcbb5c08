using System.Text.Json;
using Verification.Claims;
using Verification.Places;

namespace Verification.Json;

/// <summary>Reads a claims file forward, one claim at a time, holding only the claim being read.</summary>
/// <remarks>
/// <para>The root object's <c>claims</c> array is walked token by token; each claim (and the <c>report</c> object) is
/// handed out as a small document of its own. Other keys at the root are skipped token by token, whatever their size.
/// The input is read in blocks, so bytes that are not JSON are refused as soon as they are seen, an input longer than
/// the limit is refused when the limit is passed, and cancellation is observed between blocks and between claims.</para>
/// <para>Problems with the file as a whole (not JSON, wrong shape, a root key given twice, too long) end the reading and
/// are listed in <see cref="Problems"/>.</para>
/// </remarks>
internal sealed class ClaimsJsonReader : IDisposable
{
    private const int FirstBlock = 64 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>How each claim and the report are parsed: as the whole file is.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Stream _stream;
    private readonly long _maxBytes;
    private readonly bool _synchronous;
    private readonly HashSet<string> _rootKeys = new(StringComparer.Ordinal);
    private byte[] _buffer = new byte[FirstBlock];
    private int _start;
    private int _end;
    private bool _endOfInput;
    private long _bytesRead;

    // Whether the start of the input was looked at for a UTF-8 byte-order mark, which editors on Windows write and JSON
    // readers skip.
    private bool _markChecked;
    private JsonReaderState _state = new(ReaderOptions);
    private Place _place = Place.BeforeRoot;
    private int _skipDepth;

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="maxBytes">The longest input read; a longer one is a problem (<c>file-too-large</c>).</param>
    /// <param name="synchronous">Whether to read the stream with blocking calls (for the synchronous API).</param>
    public ClaimsJsonReader(Stream stream, long maxBytes, bool synchronous)
    {
        _stream = stream;
        _maxBytes = maxBytes;
        _synchronous = synchronous;
    }

    private enum Place
    {
        BeforeRoot,
        InRoot,
        ClaimsValue,
        ReportValue,
        SkippedValue,
        Skipping,
        InClaims,
        AfterRoot,
        Done,
    }

    private enum Step
    {
        Claim,
        NeedInput,
        Continue,
        Done,
    }

    /// <summary>Problems with the file as a whole: field ("file", "claims", …), code and message.</summary>
    public List<(string Field, string Code, string Message)> Problems { get; } = [];

    /// <summary>The <c>report</c> object once it has been read; null before, or when the file has none.</summary>
    public JsonDocument? Report { get; private set; }

    /// <summary>Whether the file had a <c>claims</c> array (known once reading is done).</summary>
    public bool HadClaims { get; private set; }

    /// <summary>The number of claims handed out so far; the next claim's position (counting from 0).</summary>
    public int ClaimCount { get; private set; }

    /// <summary>The next claim as a document of its own, or null when there are no more (or reading stopped at a
    /// problem with the file).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<JsonDocument?> NextClaimAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_place == Place.Done)
            {
                return null;
            }

            JsonDocument? claim = null;
            Step step;
            try
            {
                step = Advance(ref claim);
            }
            catch (JsonException e)
            {
                Fail("file", "json-invalid", $"the file is not valid JSON: {e.Message}");
                return null;
            }
            catch (InvalidOperationException)
            {
                Fail("file", "text-invalid", "a key at the top of the file is not valid text: it holds bytes that are not UTF-8, or an escape of half a character such as \\ud800.");
                return null;
            }

            switch (step)
            {
                case Step.Claim:
                    ClaimCount++;
                    return claim;
                case Step.Done:
                    _place = Place.Done;
                    return null;
                case Step.NeedInput:
                    if (_endOfInput)
                    {
                        // Read() at the end of the input throws for anything cut off; reaching here means a value ended early.
                        Fail("file", "json-invalid", "the file is not valid JSON: it ends before the JSON does.");
                        return null;
                    }

                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => Report?.Dispose();

    /// <summary>Whether reading stopped at a problem with the file before its end.</summary>
    public bool Stopped { get; private set; }

    private void Fail(string field, string code, string message)
    {
        Problems.Add((field, code, message));
        Stopped = true;
        _place = Place.Done;
    }

    // Walks tokens until a claim is complete, more input is needed, or the file ends. Only whole steps move the
    // position on: a step that runs out of input is taken again from its start once more input has been read.
    private Step Advance(ref JsonDocument? claim)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfInput, _state);
        while (true)
        {
            var checkpoint = reader.BytesConsumed;
            var state = reader.CurrentState;
            var step = Next(ref reader, ref claim);
            if (step == Step.NeedInput)
            {
                _start += (int)checkpoint;
                _state = state;
                return Step.NeedInput;
            }

            if (step != Step.Continue)
            {
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return step;
            }
        }
    }

    private Step Next(ref Utf8JsonReader reader, ref JsonDocument? claim)
    {
        switch (_place)
        {
            case Place.BeforeRoot:
                if (!reader.Read())
                {
                    return _endOfInput ? Empty() : Step.NeedInput;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Fail("file", "file-shape", "the file must be a JSON object with a \"claims\" array (and, optionally, a \"report\" object).");
                    return Step.Done;
                }

                _place = Place.InRoot;
                return Step.Continue;

            case Place.InRoot:
                if (!reader.Read())
                {
                    return Step.NeedInput;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _place = Place.AfterRoot;
                    return Step.Continue;
                }

                var name = reader.GetString()!;
                if (!_rootKeys.Add(name))
                {
                    Problems.Add((name, "key-duplicate", $"the file gives '{name}' more than once; a key may be given once."));
                    _place = Place.SkippedValue;
                }
                else
                {
                    _place = name switch
                    {
                        "claims" => Place.ClaimsValue,
                        "report" => Place.ReportValue,
                        _ => Place.SkippedValue,
                    };
                }

                return Step.Continue;

            case Place.ClaimsValue:
                if (!reader.Read())
                {
                    return Step.NeedInput;
                }

                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    HadClaims = true;
                    _place = Place.InClaims;
                    return Step.Continue;
                }

                return StartSkipping(ref reader);

            case Place.ReportValue:
                if (!reader.Read())
                {
                    return Step.NeedInput;
                }

                if (Whole(ref reader) is not { } report)
                {
                    return Step.NeedInput;
                }

                Report = report;
                _place = Place.InRoot;
                return Step.Continue;

            case Place.SkippedValue:
                return reader.Read() ? StartSkipping(ref reader) : Step.NeedInput;

            case Place.Skipping:
                if (!reader.Read())
                {
                    return Step.NeedInput;
                }

                _skipDepth += reader.TokenType switch
                {
                    JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                    JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                    _ => 0,
                };
                if (_skipDepth == 0)
                {
                    _place = Place.InRoot;
                }

                return Step.Continue;

            case Place.InClaims:
                if (!reader.Read())
                {
                    return Step.NeedInput;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _place = Place.InRoot;
                    return Step.Continue;
                }

                if (Whole(ref reader) is not { } element)
                {
                    return Step.NeedInput;
                }

                claim = element;
                return Step.Claim;

            case Place.AfterRoot:
                // Reading on at the end of the input makes the reader refuse anything after the root object.
                if (reader.Read())
                {
                    return Step.Continue;
                }

                return _endOfInput ? Step.Done : Step.NeedInput;

            default:
                return Step.Done;
        }
    }

    private Step Empty()
    {
        Fail("file", "json-invalid", "the file is not valid JSON: it is empty.");
        return Step.Done;
    }

    // After the first token of a value to skip: a primitive is skipped already; an object or array is skipped token by
    // token, so that a huge value is never held whole.
    private Step StartSkipping(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _skipDepth = 1;
            _place = Place.Skipping;
        }
        else
        {
            _place = Place.InRoot;
        }

        return Step.Continue;
    }

    // The value whose first token the reader is on, as a document of its own; null when it is not all in the buffer.
    private JsonDocument? Whole(ref Utf8JsonReader reader)
    {
        var from = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return null;
        }

        var bytes = _buffer.AsMemory(_start + from, (int)reader.BytesConsumed - from).ToArray();
        return JsonDocument.Parse(bytes, DocumentOptions);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var kept = _end - _start;
        if (kept == _buffer.Length)
        {
            // One claim larger than the buffer: grow it (the input's limit bounds it).
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, (long)_buffer.Length * 2));
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
        }

        _start = 0;
        _end = kept;
        var room = _buffer.AsMemory(_end);
        var read = _synchronous ? _stream.Read(room.Span) : await _stream.ReadAsync(room, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _endOfInput = true;
            return;
        }

        _end += read;
        _bytesRead += read;
        if (_bytesRead > _maxBytes)
        {
            Fail("file", "file-too-large", $"the input is longer than the limit of {Describe(_maxBytes)}; raise the limit (verify check --max-input-mb, VerificationOptions.MaxInputBytes) to read it.");
        }

        if (!_markChecked)
        {
            // The first block starts the buffer. A stream may hand over fewer bytes than the mark: read on until it can tell.
            if (_end < ByteOrderMark.Length && !_endOfInput)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            _markChecked = true;
            if (_buffer.AsSpan(0, _end).StartsWith(ByteOrderMark))
            {
                _start = ByteOrderMark.Length;
            }
        }
    }

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>A size as people say it: "512 MB", "335.4 MB", "900 bytes".</summary>
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):#,0.#} MB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
