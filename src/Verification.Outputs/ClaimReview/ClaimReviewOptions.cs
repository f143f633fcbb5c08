namespace Verification.Outputs.ClaimReview;

/// <summary>Who publishes the fact checks, and where: what ClaimReview markup says about the review rather than the claim.</summary>
/// <remarks>Google's fact-check markup requires the page that hosts the fact checks (<see cref="ReviewUrl"/>) and
/// recommends the reviewing organisation (<see cref="ReviewerName"/>, <see cref="ReviewerUrl"/>) and the day the review
/// was published (<see cref="DatePublished"/>).</remarks>
public sealed record ClaimReviewOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="reviewerName">The newsroom or organisation that publishes the fact checks; not blank.</param>
    /// <param name="reviewUrl">The page that hosts the fact checks: an absolute http or https address.</param>
    /// <exception cref="ArgumentException">The name is blank, or the address is not an absolute http or https one.</exception>
    public ClaimReviewOptions(string reviewerName, Uri reviewUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerName);
        ArgumentNullException.ThrowIfNull(reviewUrl);
        RequireWebAddress(reviewUrl, nameof(reviewUrl));
        ReviewerName = reviewerName;
        ReviewUrl = reviewUrl;
    }

    /// <summary>The newsroom or organisation that publishes the fact checks: each review's <c>author.name</c>.</summary>
    public string ReviewerName { get; }

    /// <summary>The page that hosts the fact checks. Each review's <c>url</c> is this address with the fragment
    /// <c>#claim-ID</c>, the anchor the HTML report gives each claim's row.</summary>
    public Uri ReviewUrl { get; }

    /// <summary>The reviewing organisation's own address (<c>author.url</c>), when given: an absolute http or https one.</summary>
    /// <exception cref="ArgumentException">Set to an address that is not absolute http or https.</exception>
    public Uri? ReviewerUrl
    {
        get;
        init
        {
            if (value is not null)
            {
                RequireWebAddress(value, nameof(ReviewerUrl));
            }

            field = value;
        }
    }

    /// <summary>The day the reviews are published (<c>datePublished</c>); null for today, as <see cref="TimeProvider"/>
    /// tells it in UTC.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>The clock that tells today when <see cref="DatePublished"/> is null. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The day the reviews are published: <see cref="DatePublished"/>, else today in UTC.</summary>
    internal DateOnly PublicationDay => DatePublished ?? DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);

    private static void RequireWebAddress(Uri address, string name)
    {
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{address}' is not an absolute http or https address.", name);
        }
    }
}
