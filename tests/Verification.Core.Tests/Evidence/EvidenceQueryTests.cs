using Verification.Claims;
using Verification.Evidence;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
namespace Verification.Core.Tests.Evidence;

public sealed class EvidenceQueryTests
{
    private static readonly VerificationOptions Options = new();

    private static Claim Claim(string subject = "civilians killed", string? place = "Mosul, Iraq", string? period = "2017-03-17") =>
        new("c", new Subject(subject), Figure.Exact(105), "UNHCR")
        {
            Place = place is null ? null : Place.Parse(place),
            Period = period is null ? null : Period.Parse(period),
        };

    // Every case is asked both ways: from the two claims, and from the candidate's facts for the claim, which must agree.
    private static bool Matches(Claim claim, Claim candidate)
    {
        var query = EvidenceQuery.For(claim, Options);
        var fromClaims = query.Matches(candidate);
        Assert.That(query.Matches(candidate, CandidateFacts.Of(claim, candidate, Options)), Is.EqualTo(fromClaims), "read from the facts");
        return fromClaims;
    }

    [TestCase("civilian deaths", ExpectedResult = true)]
    [TestCase("death toll", ExpectedResult = true)]
    [TestCase("children killed", ExpectedResult = true)]
    [TestCase("people injured", ExpectedResult = false)]
    [TestCase("buildings destroyed", ExpectedResult = false)]
    public bool Matches_Subject(string subject) => Matches(Claim(), Claim(subject));

    [TestCase("West Mosul, Mosul, Iraq", ExpectedResult = true)]
    [TestCase("Iraq", ExpectedResult = true)]
    [TestCase("Raqqa, Syria", ExpectedResult = false)]
    public bool Matches_Place(string place) => Matches(Claim(), Claim(place: place));

    // civilians killed in Mosul: a narrower count is a part only at the same or a narrower place, a wider count a whole
    // only at the same or a wider place.
    [TestCase("children killed", "West Mosul, Mosul, Iraq", ExpectedResult = true)]
    [TestCase("children killed", "Iraq", ExpectedResult = false)]
    [TestCase("people killed", "Iraq", ExpectedResult = true)]
    [TestCase("death toll", "West Mosul, Mosul, Iraq", ExpectedResult = true)]
    [TestCase("civilians killed in air strikes", "Iraq", ExpectedResult = true)]
    public bool Matches_PartAndPlace(string subject, string place) => Matches(Claim(), Claim(subject, place));

    [Test]
    public void Matches_WiderCountAtNarrowerPlace_IsFalse()
    {
        Assert.That(Matches(Claim("children killed"), Claim("civilians killed", "West Mosul, Mosul, Iraq")), Is.False);
    }

    // The candidate claim is not read for its days: whether it has any is in its facts (in a large store each candidate
    // read is a cache miss). Facts of a candidate dated two years away do not match, whatever the claim object says.
    [Test]
    public void Matches_WithFacts_ReadsTheDaysFromTheFacts()
    {
        var claim = Claim();
        var query = EvidenceQuery.For(claim, Options);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(query.Matches(Claim(period: null), CandidateFacts.Of(claim, Claim(period: "2019-03-17"), Options)), Is.False);
            Assert.That(query.Matches(Claim(period: "2019-03-17"), CandidateFacts.Of(claim, Claim(period: null), Options)), Is.True);
        }
    }

    [Test]
    public void Matches_PlaceOnOneSideOnly_IsFalse()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Matches(Claim(), Claim(place: null)), Is.False);
            Assert.That(Matches(Claim(place: null), Claim()), Is.False);
            Assert.That(Matches(Claim(place: null), Claim(place: null)), Is.True);
        }
    }

    [TestCase("2017-03-24", ExpectedResult = true)]
    [TestCase("2017-03-25", ExpectedResult = false)]
    [TestCase("2017-03-10", ExpectedResult = true)]
    [TestCase("2017-03-09", ExpectedResult = false)]
    [TestCase(null, ExpectedResult = true)]
    public bool Matches_PeriodWithinTheMargin(string? period) => Matches(Claim(), Claim(period: period));

    [Test]
    public void Matches_SinceWords_ReachBackToTheirStart()
    {
        var claim = Claim("people displaced since 17 October", period: "2017-03-25");

        Assert.That(Matches(claim, Claim("people displaced", period: "2016-10-17/2016-11-30")), Is.True);
    }

    [Test]
    public void Matches_RunningTotalCandidate_ReachesBackToItsSince()
    {
        // Two running totals of one count, as of 1 and 20 March: ordered totals that compare, not days apart.
        var claim = Claim("people displaced since 17 October", period: "2017-03-01");

        Assert.That(Matches(claim, Claim("people displaced since 17 October", period: "2017-03-20")), Is.True);
    }

    [Test]
    public void MarginDays_IsTheLargerOfWindowAndLag()
    {
        var query = EvidenceQuery.For(Claim(), new VerificationOptions { SameTimeWindowDays = 1, ReportingLagDays = 3 });

        Assert.That(query.MarginDays, Is.EqualTo(3));
    }
}
