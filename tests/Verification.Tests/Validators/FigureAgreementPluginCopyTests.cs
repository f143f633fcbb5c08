using Verification.Benchmarks.PluginCopy;
using Verification.Claims;
using Verification.Evidence;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Validators;

/// <summary>The plugin copy of the figure-agreement validator (built against the public API alone, for the benchmarks)
/// finds what the built-in finds: the same findings, codes, states, evidence, origins and messages, and the same
/// verdicts.</summary>
public sealed class FigureAgreementPluginCopyTests
{
    // Claims whose checks reach every kind of finding: agreement, conflict, an echo, another time, a total that grew,
    // a part left to the part check, a figure placed less precisely, and nothing to compare.
    private static readonly Claim[] Checked =
    [
        Claims.Of("c1", "about 270,000"),
        Claims.Of("c2", "105", source: "US military", subject: "civilians killed", period: "2017-03-17"),
        Claims.Of("c3", "dozens", source: "local officials", subject: "civilians killed", place: "al-Jadida, Mosul, Iraq", period: "2017-03-17"),
        Claims.Of("c4", "1,000", subject: "people displaced since 17 October", period: "2017-03-01"),
        Claims.Of("c5", null),
        Claims.Of("c6", "400", subject: "children killed", place: "Iraq", period: "2017-03-17"),
    ];

    private static readonly Claim[] Evidence =
    [
        Claims.Of("e1", "255,000", source: "IOM"),
        Claims.Of("e2", "270,000", source: "UNHCR"),
        Claims.Of("e3", "300,000", source: "IOM", period: "2017-04-30"),
        Claims.Of("e4", "240", source: "Airwars", subject: "civilians killed", period: "2017-03-17"),
        Claims.Of("e5", "more than 100", source: "Amnesty", subject: "civilians killed", place: "al-Jadida, Mosul, Iraq", period: "2017-03-17"),
        Claims.Of("e6", "2,000", source: "IOM", subject: "people displaced since 17 October", period: "2017-03-20"),
        Claims.Of("e7", "50", source: "UNICEF", subject: "children killed", place: "Mosul, Iraq", period: "2017-03-17"),
        Claims.Of("e8", "105", source: "CENTCOM", subject: "civilians killed", place: "Iraq", period: "2017-03-17"),
    ];

    [Test]
    public async Task VerifyAsync_PluginCopy_FindsWhatTheBuiltInFinds()
    {
        var builtIn = await Verifiers.With([new FigureAgreementValidator()], [new InMemoryEvidenceSource(Evidence)]).VerifyAsync(Claims.Report(Checked));
        var copy = await Verifiers.With([new FigureAgreementCopy()], [new InMemoryEvidenceSource(Evidence)]).VerifyAsync(Claims.Report(Checked));

        Assert.That(copy.Claims.Select(Described), Is.EqualTo(builtIn.Claims.Select(Described)));
    }

    [Test]
    public async Task VerifyAsync_BuiltIn_ReachesEveryKindOfFinding()
    {
        // Without this, the comparison above could pass on claims that find nothing.
        var builtIn = await Verifiers.With([new FigureAgreementValidator()], [new InMemoryEvidenceSource(Evidence)]).VerifyAsync(Claims.Report(Checked));

        var codes = builtIn.Claims.SelectMany(c => c.Findings).Select(f => f.Code).Distinct();

        Assert.That(codes, Is.SupersetOf(new[] { FindingCodes.FigureAgrees, FindingCodes.FigureConflicts, FindingCodes.Echoes, FindingCodes.NotComparableInTime, FindingCodes.NoFigure }));
    }

    [Test]
    public void ValidateAsync_ContextWithoutCandidateFacts_FindsWhatTheBuiltInFinds()
    {
        // A plain list of candidates: the context works each candidate's facts out from the claims.
        foreach (var claim in Checked)
        {
            var builtIn = Contexts.Run(new FigureAgreementValidator(), Contexts.For(claim, Evidence));
            var copy = Contexts.Run(new FigureAgreementCopy(), Contexts.For(claim, Evidence));

            Assert.That(copy.Select(Described), Is.EqualTo(builtIn.Select(Described)), claim.Id);
        }
    }

    private static string Described(ClaimVerification result) =>
        $"{result.Claim.Id} {result.Verdict}: {string.Join(" | ", result.Findings.Select(Described))}";

    private static string Described(Finding f) =>
        $"{f.Validator} {f.Outcome} {f.Code} {f.State} [{string.Join(",", f.Evidence)}] [{string.Join(",", f.Origins)}] [{string.Join(",", f.Echoes)}] [{string.Join(",", f.NotComparable)}] {f.Message}";
}
