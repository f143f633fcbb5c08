using System.Globalization;
using Verification.Claims;

namespace Verification.Testing;

/// <summary>Builds a <see cref="Report"/> and its claims for a test.</summary>
/// <remarks>
/// Defaults: id <c>"report"</c>, no outlet, no publication date, no URL, no claims. Claims added with
/// <see cref="WithClaim(Action{ClaimBuilder})"/> are numbered in order ("c1", "c2", …) unless the action sets an id.
/// A builder is mutable and not thread-safe; <see cref="Build"/> returns an immutable report.
/// </remarks>
/// <example>
/// <code>
/// Report report = new ReportBuilder("draft-42")
///     .WithPublished("2017-03-25")
///     .WithClaim(c => c.WithSubject("people displaced").WithFigure("about 270,000").WithSource("UNHCR"))
///     .WithClaim(c => c.WithSubject("civilians killed").WithFigure("dozens").WithSource("Local officials"))
///     .Build();
/// </code>
/// </example>
public sealed class ReportBuilder
{
    /// <summary>The id a builder starts with.</summary>
    public const string DefaultId = "report";

    private readonly List<Claim> _claims = [];
    private string _id;
    private string? _outlet;
    private DateOnly? _published;
    private Uri? _url;

    /// <summary>Starts a report with the id <see cref="DefaultId"/>.</summary>
    public ReportBuilder()
        : this(DefaultId)
    {
    }

    /// <summary>Starts a report with the given id.</summary>
    /// <param name="id">The report's id.</param>
    public ReportBuilder(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
    }

    /// <summary>Sets the id.</summary>
    /// <param name="id">The report's id.</param>
    public ReportBuilder WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
        return this;
    }

    /// <summary>Sets the outlet that published the report.</summary>
    /// <param name="outlet">The outlet.</param>
    public ReportBuilder WithOutlet(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        _outlet = outlet;
        return this;
    }

    /// <summary>Sets the publication day; no claim's period may end after it.</summary>
    /// <param name="published">The day.</param>
    public ReportBuilder WithPublished(DateOnly published)
    {
        _published = published;
        return this;
    }

    /// <summary>Sets the publication day from its text, YYYY-MM-DD.</summary>
    /// <param name="published">The day, e.g. "2017-03-25".</param>
    /// <exception cref="FormatException">The text is not a YYYY-MM-DD date.</exception>
    public ReportBuilder WithPublished(string published)
    {
        ArgumentNullException.ThrowIfNull(published);
        _published = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Sets where the report was published.</summary>
    /// <param name="url">The address.</param>
    public ReportBuilder WithUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        _url = url;
        return this;
    }

    /// <summary>Adds a claim.</summary>
    /// <param name="claim">The claim.</param>
    public ReportBuilder WithClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _claims.Add(claim);
        return this;
    }

    /// <summary>Adds the claim a builder builds now.</summary>
    /// <param name="claim">The claim's builder.</param>
    public ReportBuilder WithClaim(ClaimBuilder claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _claims.Add(claim.Build());
        return this;
    }

    /// <summary>Adds a claim described by <paramref name="configure"/>; its id is "c" and its position (from 1) unless set.</summary>
    /// <param name="configure">Sets the claim's properties.</param>
    public ReportBuilder WithClaim(Action<ClaimBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new ClaimBuilder("c" + (_claims.Count + 1).ToString(CultureInfo.InvariantCulture));
        configure(builder);
        _claims.Add(builder.Build());
        return this;
    }

    /// <summary>Adds claims, in order.</summary>
    /// <param name="claims">The claims.</param>
    public ReportBuilder WithClaims(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (var claim in claims)
        {
            WithClaim(claim);
        }

        return this;
    }

    /// <summary>Builds the report.</summary>
    public Report Build() => new(_id, [.. _claims])
    {
        Outlet = _outlet,
        Published = _published,
        Url = _url,
    };
}
