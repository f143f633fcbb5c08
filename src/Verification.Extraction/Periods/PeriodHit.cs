using Verification.Extraction.Mentions;
namespace Verification.Extraction.Periods;

/// <summary>One date or period found in a sentence: proposed by a form, adjusted by the refiners, then reported as
/// <see cref="Mention"/>.</summary>
internal sealed class PeriodHit
{
    /// <summary>The first token of the expression.</summary>
    public int First { get; set; }

    /// <summary>The last token of the expression.</summary>
    public int Last { get; set; }

    /// <summary>The period as the form read it, before it is cut at publication.</summary>
    public ResolvedPeriod Value { get; set; }

    /// <summary>The text says the period runs on past publication ("within 6 months", "the next 5 days"), so it is
    /// not cut at the publication day.</summary>
    public bool RunsForward { get; set; }

    /// <summary>What the reader should know about how the period was read (a weekday that contradicts the date).</summary>
    public string? Note { get; set; }

    /// <summary>It dates a statement ("said on Thursday"), not what the figures count.</summary>
    public bool IsStatementDate { get; set; }

    /// <summary>It ends after publication.</summary>
    public bool IsFuture { get; set; }

    /// <summary>The refiners dropped it: it is not a period after all.</summary>
    public bool Dropped { get; set; }

    /// <summary>What is reported; set once the refiners have run.</summary>
    public PeriodMention Mention { get; set; } = null!;
}
