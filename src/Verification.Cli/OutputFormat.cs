using Verification.Json;
using Verification.Outputs.ClaimReview;
using Verification.Outputs.Datasets;
using Verification.Outputs.Html;
using Verification.Sources;
namespace Verification.Cli;

/// <summary>How <c>verify check</c> writes its results.</summary>
internal enum OutputFormat
{
    /// <summary>A plain-text table, one row per claim, and a summary line. The default: <c>--format</c> left out reads as 0.</summary>
    Table = 0,

    /// <summary>The JSON result format of <see cref="VerificationJson"/>.</summary>
    Json,

    /// <summary>schema.org ClaimReview markup (<see cref="ClaimReviewJsonLd"/>).</summary>
    ClaimReview,

    /// <summary>FEVER's JSON Lines (<see cref="FeverJsonLines"/>).</summary>
    Fever,

    /// <summary>AVeriTeC's JSON (<see cref="AveritecJson"/>).</summary>
    Averitec,

    /// <summary>A self-contained HTML page (<see cref="HtmlReport"/>).</summary>
    Html,
}
