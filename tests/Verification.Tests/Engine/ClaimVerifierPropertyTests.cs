using CsCheck;
using Verification.Claims;
using Verification.Verdicts;

namespace Verification.Tests.Engine;

/// <summary>A verdict does not depend on the order the evidence comes in (CsCheck shrinks a failing case to a small
/// claim and few pieces of evidence): the same evidence, shuffled, gives the same verdict, the same supporting,
/// conflicting, echoing and not-comparable evidence. (The reason quotes the first deciding finding, so which of several
/// agreeing figures it names follows the evidence's order; what it decides does not.)</summary>
[TestFixture]
public sealed class ClaimVerifierPropertyTests
{
    private static readonly string[] Figures = ["105", "about 270,000", "255,000", "more than 300", "at least 440", "dozens", "nearly 100", "70,000", "up to 120", "340,000"];

    private static readonly string[] Sources = ["UNHCR", "IOM", "OCHA", "AFP", "officials", "Iraqi Ministry of Migration"];

    private static readonly string[] Subjects = ["people displaced", "civilians killed", "children killed", "people fled", "people displaced since 17 October"];

    private static readonly string[] Places = ["Mosul, Iraq", "West Mosul, Mosul, Iraq", "Iraq", "al-Jadida, West Mosul, Mosul, Iraq", "Raqqa, Syria"];

    private static readonly string[] Periods = ["2017-03-20", "2017-03-18", "2017-03", "2016-10-17/2017-03-20", "2017-03-25", "2017-02-01"];

    private static readonly Gen<string?> DerivedFrom = Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.OneOf(Sources).Select(s => (string?)s)));

    /// <summary>A claim with an id to be given.</summary>
    private static readonly Gen<Func<string, Claim>> AnyClaim =
        Gen.Select(Gen.OneOf(Figures), Gen.OneOf(Sources), Gen.OneOf(Subjects), Gen.OneOf(Places), Gen.OneOf(Periods), DerivedFrom, Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true))))
            .Select(t => (Func<string, Claim>)(id => Claims.Of(id, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6 is { } d ? [d] : null, t.Item7)));

    /// <summary>A claim, its evidence e0, e1, …, and the same evidence in another order.</summary>
    private static readonly Gen<(Claim Claim, Claim[] Evidence, Claim[] Shuffled)> Case =
        Gen.Select(AnyClaim, AnyClaim.Array[1, 6])
            .Select((claim, evidence) => (Claim: claim("c1"), Evidence: evidence.Select((e, i) => e("e" + i)).ToArray()))
            .SelectMany(t => Gen.Shuffle(t.Evidence.ToArray()).Select(shuffled => (t.Claim, t.Evidence, shuffled)));

    private static string Show(Claim c) =>
        $"{c} {c.Period}{(c.DerivedFrom.Count > 0 ? " from " + string.Join("/", c.DerivedFrom) : "")}{(c.IsContested ? " contested" : "")}";

    private static string Show(ClaimVerification v) =>
        $"{v.Verdict} (supporting {string.Join(",", v.Supporting)}; conflicting {string.Join(",", v.Conflicting)}; echoes {string.Join(",", v.Echoes)}; not comparable {string.Join(",", v.NotComparable)}): {v.Reason}";

    private static string Show((Claim Claim, Claim[] Evidence, Claim[] Shuffled) c) =>
        $"claim {Show(c.Claim)}; evidence {string.Join("; ", c.Evidence.Select(Show))}; shuffled {string.Join(", ", c.Shuffled.Select(e => e.Id))}"
        + $"\nin order: {Show(Verify(c.Claim, c.Evidence))}\nshuffled: {Show(Verify(c.Claim, c.Shuffled))}";

    private static ClaimVerification Verify(Claim claim, Claim[] evidence) =>
        Verifiers.BuiltIn(evidence).VerifyClaimAsync(claim).GetAwaiter().GetResult();

    [Test]
    public void VerifyClaimAsync_EvidenceInAnyOrder_GivesTheSameVerdict()
    {
        Case.Sample(c =>
        {
            var first = Verify(c.Claim, c.Evidence);
            var second = Verify(c.Claim, c.Shuffled);
            return first.Verdict == second.Verdict
                && first.Supporting.Order().SequenceEqual(second.Supporting.Order())
                && first.Conflicting.Order().SequenceEqual(second.Conflicting.Order())
                && first.Echoes.Order().SequenceEqual(second.Echoes.Order())
                && first.NotComparable.Order().SequenceEqual(second.NotComparable.Order());
        }, iter: 1_000, threads: 1, print: Show);
    }
}
