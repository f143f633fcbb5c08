namespace Verification.Claims;

/// <summary>A published report and the claims it makes.</summary>
/// <remarks>Immutable; equal when the metadata are equal and the claims are equal in order.</remarks>
public sealed record Report
{
    /// <summary>Creates a report.</summary>
    /// <param name="id">The report's identifier.</param>
    /// <param name="claims">The claims it makes.</param>
    public Report(string id, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(claims);
        Id = id;
        Claims = claims;
    }

    /// <summary>The report's identifier.</summary>
    public string Id { get; init; }

    /// <summary>The outlet that published it.</summary>
    public string? Outlet { get; init; }

    /// <summary>The day it was published; no claim's period may end after it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where it was published.</summary>
    public Uri? Url { get; init; }

    /// <summary>The claims it makes, in order.</summary>
    public IReadOnlyList<Claim> Claims { get; init; }

    /// <inheritdoc />
    public bool Equals(Report? other) =>
        other is not null && Id == other.Id && Outlet == other.Outlet && Published == other.Published
        && Url == other.Url && Claims.SequenceEqual(other.Claims);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Outlet, Published, Claims.Count);
}
