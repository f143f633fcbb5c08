using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Verdicts;

namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>One judged pair and what the engine made of it.</summary>
/// <param name="Event">The event.</param>
/// <param name="Pair">The pair and its hand judgement.</param>
/// <param name="Predicted">What the findings say of the evidence claim.</param>
/// <param name="Result">The engine's result for the claim.</param>
public sealed record PairOutcome(RealEvent Event, EventPair Pair, Judgement Predicted, ClaimVerification Result)
{
    /// <summary>Whether the engine agrees with the hand judgement.</summary>
    public bool IsRight => Predicted == Pair.Judgement;
}

/// <summary>One claim checked against all the other claims of its event.</summary>
/// <param name="Event">The event.</param>
/// <param name="Expected">The hand verdict.</param>
/// <param name="Result">The engine's result.</param>
public sealed record OpenOutcome(RealEvent Event, Verdict Expected, ClaimVerification Result)
{
    /// <summary>Whether the engine's verdict is the expected one.</summary>
    public bool IsRight => Result.Verdict == Expected;
}

/// <summary>Runs the engine, with its default options and built-in validators, over the set in its two modes.</summary>
public static class RealReportingRun
{
    private static readonly Lazy<Task<IReadOnlyList<PairOutcome>>> PairsRun = new(() => PairsAsync(RealReportingSet.Current.Events));
    private static readonly Lazy<Task<IReadOnlyList<OpenOutcome>>> OpenRun = new(() => OpenAsync(RealReportingSet.Current.Events));

    /// <summary>The pairs mode over the current set, run once per test run.</summary>
    public static Task<IReadOnlyList<PairOutcome>> CurrentPairs => PairsRun.Value;

    /// <summary>The open mode over the current set, run once per test run.</summary>
    public static Task<IReadOnlyList<OpenOutcome>> CurrentOpen => OpenRun.Value;

    /// <summary>Pairs mode: each pair's claim verified against evidence made of its one evidence claim.</summary>
    /// <remarks>The claim's own <c>contested</c> flag is cleared, so that only the two figures (and their subjects, places,
    /// times and origins) decide.</remarks>
    public static async Task<IReadOnlyList<PairOutcome>> PairsAsync(IEnumerable<RealEvent> events)
    {
        var outcomes = new List<PairOutcome>();
        foreach (var e in events)
        {
            foreach (var pair in e.Pairs)
            {
                var claim = e.Claim(pair.Claim) with { IsContested = false };
                var result = await VerifyAsync(claim, [e.Claim(pair.Evidence)]);
                outcomes.Add(new PairOutcome(e, pair, Predict(result, pair.Evidence), result));
            }
        }

        return outcomes;
    }

    /// <summary>Open mode: each claim verified against every other claim of its event, its own flags kept.</summary>
    public static async Task<IReadOnlyList<OpenOutcome>> OpenAsync(IEnumerable<RealEvent> events)
    {
        var outcomes = new List<OpenOutcome>();
        foreach (var e in events)
        {
            foreach (var claim in e.Claims)
            {
                var result = await VerifyAsync(claim, [.. e.Claims.Where(c => c.Id != claim.Id)]);
                outcomes.Add(new OpenOutcome(e, e.Expected[claim.Id], result));
            }
        }

        return outcomes;
    }

    /// <summary>What the findings say of one evidence claim.</summary>
    /// <remarks>Contradicting is looked at first: a finding that contradicts decides the verdict whatever else is said of
    /// the same evidence. Then supporting, then the claim's echoes; evidence none of them names is not comparable.</remarks>
    public static Judgement Predict(ClaimVerification result, string evidenceId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Findings.Any(f => f.Outcome == FindingOutcome.Contradicts && f.Evidence.Contains(evidenceId)))
        {
            return Judgement.Contested;
        }

        if (result.Findings.Any(f => f.Outcome == FindingOutcome.Supports && f.Evidence.Contains(evidenceId)))
        {
            return Judgement.Corroborated;
        }

        return result.Echoes.Contains(evidenceId) ? Judgement.Echo : Judgement.NotComparable;
    }

    /// <summary>A line saying which files were left out of the run for their problems, or that none was.</summary>
    public static string LeftOut(RealReportingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var left = set.Files.Count - set.Events.Count;
        return left == 0 ? $"all {set.Files.Count} event files ran" : $"{left} of {set.Files.Count} event files left out for their problems (see EventFiles_AreAllValid)";
    }

    /// <summary>A claim in a line: id, figure, subject, place, period, source and outlet.</summary>
    public static string Describe(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var derived = claim.DerivedFrom.Count == 0 ? string.Empty : $" from {string.Join(", ", claim.DerivedFrom)}";
        return $"{claim.Id}: '{claim.Figure}' {claim.Subject} | {claim.Place} | {claim.Period} | {claim.Source}{derived}, in {claim.ReportedIn}";
    }

    /// <summary>Every finding of a result, one indented line each.</summary>
    public static string Findings(ClaimVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Findings.Count == 0)
        {
            return "      (no findings)\n";
        }

        var text = new StringBuilder();
        foreach (var f in result.Findings)
        {
            var evidence = f.Evidence.Count == 0 ? string.Empty : $" [{string.Join(", ", f.Evidence)}]";
            text.Append("      ").Append(f).Append(evidence).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<ClaimVerification> VerifyAsync(Claim claim, IReadOnlyList<Claim> evidence)
    {
        using var provider = new ServiceCollection().AddVerification(v => v.AddEvidence(evidence)).BuildServiceProvider();
        var verifier = provider.GetRequiredService<IClaimVerifier>();
        return await verifier.VerifyClaimAsync(claim);
    }
}
