using System.Globalization;
using Verification.Claims;
using Verification.Evidence;
using Verification.Input;
using Verification.Json;
using Verification.Validators;

namespace Verification.Testing;

/// <summary>An in-memory evidence source that a test fills one claim at a time.</summary>
/// <remarks>
/// <para>Claims added with <see cref="Add(Action{ClaimBuilder})"/> are numbered in order ("e1", "e2", …) unless the
/// action sets an id; their source defaults to <see cref="ClaimBuilder.DefaultSource"/>, so give each piece of evidence
/// its own source when independence matters (two claims from one source are one origin).</para>
/// <para>Queries are answered by an <see cref="InMemoryEvidenceSource"/> over the claims added so far: the same
/// matching of subjects, places and periods as in production. Fill the source before verifying; adding while a
/// verification is running is not supported.</para>
/// </remarks>
/// <example>
/// <code>
/// var evidence = new TestEvidence()
///     .Add(e => e.WithSubject("civilian deaths").WithFigure("105").WithPlace("al-Jadida, Mosul, Iraq")
///                .WithPeriod("2017-03-17").WithSource("US military investigation"));
/// var verifier = TestVerifier.Create(evidence);
/// </code>
/// </example>
public sealed class TestEvidence : IEvidenceSource
{
    private readonly List<Claim> _claims = [];
    private readonly Lock _gate = new();
    private InMemoryEvidenceSource? _source;

    /// <summary>The evidence claims, in the order added.</summary>
    public IReadOnlyList<Claim> Claims
    {
        get
        {
            lock (_gate)
            {
                return [.. _claims];
            }
        }
    }

    /// <summary>Adds an evidence claim.</summary>
    /// <param name="claim">The claim.</param>
    public TestEvidence Add(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_gate)
        {
            _claims.Add(claim);
            _source = null;
        }

        return this;
    }

    /// <summary>Adds the claim a builder builds now.</summary>
    /// <param name="claim">The claim's builder.</param>
    public TestEvidence Add(ClaimBuilder claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Add(claim.Build());
    }

    /// <summary>Adds an evidence claim described by <paramref name="configure"/>; its id is "e" and its position (from 1) unless set.</summary>
    /// <param name="configure">Sets the claim's properties.</param>
    public TestEvidence Add(Action<ClaimBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        int count;
        lock (_gate)
        {
            count = _claims.Count;
        }

        var builder = new ClaimBuilder("e" + (count + 1).ToString(CultureInfo.InvariantCulture));
        configure(builder);
        return Add(builder.Build());
    }

    /// <summary>Adds evidence claims, in order.</summary>
    /// <param name="claims">The claims.</param>
    public TestEvidence AddRange(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (var claim in claims)
        {
            Add(claim);
        }

        return this;
    }

    /// <summary>Adds every claim of a claims-format file (see docs/formats.md), read now.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format; every problem is listed.</exception>
    public TestEvidence AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AddRange(ClaimsFile.Read(path).Claims);
    }

    /// <summary>The evidence claim with the given id, or null; the first one added wins when ids repeat.</summary>
    /// <param name="id">The id.</param>
    public Claim? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            return _claims.Find(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Claim>> FindCandidatesAsync(EvidenceQuery query, CancellationToken cancellationToken) =>
        Source.FindCandidatesAsync(query, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Claim>> GetDerivationsAsync(VerificationOptions options, CancellationToken cancellationToken) =>
        Source.GetDerivationsAsync(options, cancellationToken);

    private InMemoryEvidenceSource Source
    {
        get
        {
            lock (_gate)
            {
                return _source ??= new InMemoryEvidenceSource(_claims);
            }
        }
    }
}
