using System.Runtime.CompilerServices;
using Verification.Claims;
using Verification.Input;
using Verification.Json;
using Verification.Validators;

namespace Verification.Json;

/// <summary>Reads claims and evidence files (one JSON shape for both; see docs/formats.md).</summary>
/// <remarks>
/// <para>A file is read forward in blocks, one claim at a time, each claim checked against every rule as it comes;
/// the file is either returned complete or rejected with every problem listed: claim (id, or position when it has
/// none), field and what is wrong. Nothing is half-read. <see cref="ReadClaimsAsync"/> hands the claims out as they
/// are read, for inputs too large to hold.</para>
/// <para>Fields: <c>id</c>, <c>subject</c>, <c>figure</c> (text read by the figure rules, or an object
/// <c>{"low": 105, "high": 141, "text": "…"}</c>; <c>high</c> may be left out for no upper bound), <c>place</c>,
/// <c>period</c>, <c>source</c>, <c>derivedFrom</c>, <c>reportedIn</c>, <c>contested</c>, <c>quote</c>, <c>measure</c>,
/// <c>coverage</c>. Unknown fields are kept in <see cref="Claim.Metadata"/> as raw JSON text.</para>
/// <para>Refused as bad input, each with its code: input that is not JSON (<c>json-invalid</c>) or not valid text
/// (<c>text-invalid</c>), a key given twice in one object (<c>key-duplicate</c>), a number too large to be a count
/// (<c>number-not-finite</c>), an input longer than <see cref="VerificationOptions.MaxInputBytes"/>
/// (<c>file-too-large</c>).</para>
/// </remarks>
public static class ClaimsFile
{
    /// <summary>Reads a file with the default options.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClaimsDocument Read(string path) => Read(path, null);

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Figure reading options and the input limit; defaults when null.</param>
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
    /// <param name="options">Figure reading options and the input limit; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read; observed between blocks of the file and between claims.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ClaimsDocument> ReadAsync(string path, VerificationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var reading = new ClaimsFileReading(options, path);
            var claims = new List<Claim>();
            await foreach (var claim in reading.ReadAsync(stream, synchronous: false, cancellationToken).ConfigureAwait(false))
            {
                claims.Add(claim);
            }

            reading.ThrowIfProblems();
            return new ClaimsDocument(reading.Report with { Claims = claims }, path);
        }
    }

    /// <summary>Reads claims from a stream.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="options">Figure reading options and the input limit; defaults when null.</param>
    /// <param name="sourceName">A name for the input in messages (a file path).</param>
    /// <exception cref="InvalidClaimsException">The input breaks the format or the input rules; every problem is listed.</exception>
    public static ClaimsDocument Read(Stream stream, VerificationOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reading = new ClaimsFileReading(options, sourceName);
        var claims = new List<Claim>();
        var enumerator = reading.ReadAsync(stream, synchronous: true, CancellationToken.None).GetAsyncEnumerator();
        try
        {
            // Read synchronously, every step completes at once: waiting on it blocks nothing.
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                claims.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        reading.ThrowIfProblems();
        return new ClaimsDocument(reading.Report with { Claims = claims }, sourceName);
    }

    /// <summary>Reads a file's claims one at a time, for files too large to hold: each claim is handed out once read
    /// and checked, and only what the checks need (the ids seen) is kept.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Figure reading options and the input limit; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims in file order.</returns>
    /// <remarks>Claims are handed out up to the first problem; the file is then read to its end, and the enumeration
    /// ends with an <see cref="InvalidClaimsException"/> listing every problem. A caller that must not act on part of a
    /// bad file reads it through once first (checking it), then again to use it. The report's fields are not handed
    /// out: use <see cref="ReadAsync"/> for a file that fits in memory.</remarks>
    /// <exception cref="InvalidClaimsException">The file breaks the format or the input rules; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async IAsyncEnumerable<Claim> ReadClaimsAsync(string path, VerificationOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var reading = new ClaimsFileReading(options, path);
            await foreach (var claim in reading.ReadAsync(stream, synchronous: false, cancellationToken).ConfigureAwait(false))
            {
                yield return claim;
            }

            reading.ThrowIfProblems();
        }
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

    /// <summary>Writes claims as a claims file, which <see cref="Read(Stream, VerificationOptions?, string?)"/> reads back
    /// to the same intervals.</summary>
    /// <param name="claims">The claims, in the order to write them.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="cancellationToken">Cancels the write; observed between claims.</param>
    /// <remarks>A figure is written as an object <c>{"low", "high"}</c> (with its text when it had one), except an
    /// estimate within an interval, written as text the figure rules read back to the same point and interval
    /// (<c>"6 (range: 1 to 30)"</c>). Metadata is written back as the JSON it was.</remarks>
    public static Task WriteAsync(IEnumerable<Claim> claims, Stream stream, CancellationToken cancellationToken = default) =>
        ClaimsFileWriter.WriteAsync(claims, stream, cancellationToken);
}
