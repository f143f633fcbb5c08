namespace Verification.Outputs.Html;

/// <summary>How <see cref="HtmlReport"/> lays out a report.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>A directory of Liquid templates that replace the built-in ones of the same name (<c>report.liquid</c>,
    /// <c>claim.liquid</c>, <c>styles.liquid</c>); null for the built-in templates only.</summary>
    /// <remarks>A template the directory lacks is taken from the built-in ones, so a newsroom that only restyles the
    /// report puts its own <c>styles.liquid</c> there. Templates may include or render only other templates of the
    /// directory or the built-in ones; a name that leaves the directory is not found.</remarks>
    public string? TemplateDirectory { get; init; }

    /// <summary>The page's title; null for "Verification of " and the report's outlet (else its id).</summary>
    public string? Title { get; init; }

    /// <summary>Who checked the report, shown under the title when given.</summary>
    public string? ReviewerName { get; init; }

    /// <summary>The clock that dates the report. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
