using Verification.Claims;
using Verification.Json;
using Verification.Validators;
namespace Verification.Evidence;

/// <summary>Evidence read from a claims-format JSON file on first use, then held in memory and indexed.</summary>
/// <remarks>The file is read when a run first asks for it (so the run's figure options apply) and kept for later
/// runs. A malformed file fails the run before any claim is verified, with every problem listed.</remarks>
public sealed class JsonFileEvidenceSource : IEvidenceSource
{
    private readonly Lock _gate = new();
    private Task<InMemoryEvidenceSource>? _loading;

    /// <summary>Creates a source for a file; nothing is read yet.</summary>
    /// <param name="path">The evidence file.</param>
    public JsonFileEvidenceSource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    /// <summary>The evidence file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var source = await LoadAsync(query.Options, cancellationToken).ConfigureAwait(false);
        return await source.FindCandidatesAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(options, cancellationToken).ConfigureAwait(false);
        return await source.GetDerivationsAsync(options, cancellationToken).ConfigureAwait(false);
    }

    // One load is shared by concurrent callers; a failed load is forgotten so that a later run reads the file again.
    private async ValueTask<InMemoryEvidenceSource> LoadAsync(VerificationOptions options, CancellationToken cancellationToken)
    {
        Task<InMemoryEvidenceSource> loading;
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
            {
                _loading = Task.Run(async () => new InMemoryEvidenceSource((await ClaimsFile.ReadAsync(Path, options, CancellationToken.None).ConfigureAwait(false)).Claims), CancellationToken.None);
            }

            loading = _loading;
        }

        return await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
