using Verification.Input;
using Verification.Json;
using Verification.Validators;
namespace Verification.Evidence;

/// <summary>Evidence from claims-format JSON files.</summary>
public static class JsonEvidence
{
    /// <summary>A source that reads <paramref name="path"/> on first use.</summary>
    /// <param name="path">The evidence file.</param>
    public static IEvidenceSource FromFile(string path) => new JsonFileEvidenceSource(path);

    /// <summary>Reads a stream now and returns its claims as an in-memory source.</summary>
    /// <param name="stream">UTF-8 JSON in the claims format.</param>
    /// <param name="options">Figure reading options; defaults when null.</param>
    /// <exception cref="InvalidClaimsException">The input is malformed; every problem is listed.</exception>
    public static InMemoryEvidenceSource FromStream(Stream stream, VerificationOptions? options = null) =>
        new(ClaimsFile.Read(stream, options).Claims);
}
