using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Evidence;
using Verification.Input;
using Verification.Verdicts;

namespace Verification.Testing;

/// <summary>A verifier for tests: the production engine, registered with <c>AddVerification</c> over the given evidence,
/// which also knows its in-memory evidence so that failure messages can show it.</summary>
/// <remarks>
/// <para>Verdicts are exactly those of the verifier a host resolves from <c>services.AddVerification(…)</c>: the same
/// built-in validators, options and rules. The <c>configure</c> action of <see cref="Create"/> may add validators,
/// plugins, more evidence and options, as in production.</para>
/// <para>Evidence held in a <see cref="TestEvidence"/> or an <see cref="InMemoryEvidenceSource"/> is looked up by id
/// (<see cref="FindEvidence"/>) for assertion messages; evidence from other sources is named by id only.</para>
/// <para>The services are built once and kept for the verifier's lifetime; they are not disposed, so register no
/// validator that needs disposing.</para>
/// </remarks>
public sealed class TestVerifier : IClaimVerifier
{
    private readonly IClaimVerifier _inner;
    private readonly IEvidenceSource[] _sources;

    private TestVerifier(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        _inner = provider.GetRequiredService<IClaimVerifier>();
        _sources = [.. provider.GetServices<IEvidenceSource>()];
    }

    /// <summary>Creates a verifier over an evidence source.</summary>
    /// <param name="evidence">The evidence, usually a <see cref="TestEvidence"/>.</param>
    /// <param name="configure">Adds validators, plugins, more evidence or options; may be null.</param>
    /// <example><code>var verifier = TestVerifier.Create(evidence, v =&gt; v.Configure(o =&gt; o.MinIndependentOrigins = 2));</code></example>
    public static TestVerifier Create(IEvidenceSource evidence, Action<IVerificationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var services = new ServiceCollection();
        services.AddVerification(v =>
        {
            v.AddEvidence(evidence);
            configure?.Invoke(v);
        });
        return new TestVerifier(services);
    }

    /// <summary>Creates a verifier over the claims of an evidence file (claims format), read now.</summary>
    /// <param name="path">The evidence file.</param>
    /// <param name="configure">Adds validators, plugins, more evidence or options; may be null.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format; every problem is listed.</exception>
    public static TestVerifier FromEvidenceFile(string path, Action<IVerificationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Create(new TestEvidence().AddFile(path), configure);
    }

    /// <summary>The evidence claim with the given id from the verifier's in-memory sources, or null when none holds it.</summary>
    /// <param name="id">The evidence id.</param>
    public Claim? FindEvidence(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var source in _sources)
        {
            var found = source switch
            {
                TestEvidence t => t.Find(id),
                InMemoryEvidenceSource m => FindIn(m.Claims, id),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public Task<ReportVerification> VerifyAsync(Report report, CancellationToken cancellationToken = default) =>
        _inner.VerifyAsync(report, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ClaimVerification> VerifyAllAsync(IAsyncEnumerable<Claim> claims, CancellationToken cancellationToken = default) =>
        _inner.VerifyAllAsync(claims, cancellationToken);

    /// <inheritdoc />
    public Task<ClaimVerification> VerifyClaimAsync(Claim claim, Report? report = null, CancellationToken cancellationToken = default) =>
        _inner.VerifyClaimAsync(claim, report, cancellationToken);

    private static Claim? FindIn(IReadOnlyList<Claim> claims, string id)
    {
        foreach (var claim in claims)
        {
            if (string.Equals(claim.Id, id, StringComparison.Ordinal))
            {
                return claim;
            }
        }

        return null;
    }
}
