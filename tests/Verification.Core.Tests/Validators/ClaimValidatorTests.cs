using Verification.Claims;
using Verification.Figures;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;
namespace Verification.Core.Tests.Validators;

public sealed class ClaimValidatorTests
{
    private static Claim Claim(string subject, string? quote = null) =>
        new("c1", new Subject(subject), Figure.Exact(12), "UNHCR") { Quote = quote };

    private static ValidationContext Context(Claim claim) => new(claim, [], new VerificationOptions());

    // Notes every claim it is called for; counts the calls of Validate.
    private sealed class Noting(IEnumerable<string>? subjects) : ClaimValidator("Noting", subjects)
    {
        public int Calls;

        protected override IEnumerable<Finding> Validate(ValidationContext context)
        {
            Interlocked.Increment(ref Calls);
            yield return Note("noting-seen", $"{context.Claim.Id} seen.");
            if (context.Claim.Figure is { High: > 10 })
            {
                yield return Contradicts("noting-large", "Above ten.");
            }
        }
    }

    [Test]
    public void AppliesTo_NoSubjects_EveryClaim()
    {
        Assert.That(new Noting(null).AppliesTo(Claim("buildings destroyed"), new VerificationOptions()), Is.True);
    }

    [TestCase("civilian deaths", true)]
    [TestCase("civilians reported killed", true)]
    [TestCase("people displaced", false)]
    [TestCase("children killed", false)]
    public void AppliesTo_Subjects_ReadThroughTheVocabulary(string subject, bool expected)
    {
        var validator = new Noting(["civilians killed"]);

        Assert.That(validator.AppliesTo(Claim(subject), new VerificationOptions()), Is.EqualTo(expected));
    }

    [Test]
    public void AppliesTo_SubjectNamingOnlyAKindOfFigure_IsReadFromTheQuote()
    {
        var validator = new Noting(["civilians killed"]);

        Assert.That(validator.AppliesTo(Claim("official figure", "Twelve civilians were killed in the strike, according to the official figure."), new VerificationOptions()), Is.True);
    }

    [Test]
    public async Task ValidateAsync_ClaimItAppliesTo_GivesItsFindingsWithNameAndCodes()
    {
        var findings = await new Noting(null).ValidateAsync(Context(Claim("people displaced")), CancellationToken.None);

        Assert.That(findings.Select(f => (f.Validator, f.Outcome, f.Code)), Is.EqualTo(new[]
        {
            ("Noting", FindingOutcome.Note, "noting-seen"),
            ("Noting", FindingOutcome.Contradicts, "noting-large"),
        }));
    }

    [Test]
    public async Task ValidateAsync_ClaimItDoesNotApplyTo_FindsNothingWithoutValidating()
    {
        var validator = new Noting(["civilians killed"]);

        var findings = await validator.ValidateAsync(Context(Claim("people displaced")), CancellationToken.None);

        Assert.That(findings, Is.Empty);
        Assert.That(validator.Calls, Is.Zero);
    }

    [Test]
    public void ValidateAsync_Cancelled_Throws()
    {
        Assert.That(() => new Noting(null).ValidateAsync(Context(Claim("people displaced")), new CancellationToken(true)).AsTask(), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Ctor_EmptyNameOrSubject_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new Blank(), Throws.ArgumentException);
            Assert.That(() => new Noting(["civilians killed", " "]), Throws.ArgumentException.With.Message.Contains("Subject 2"));
        });
    }

    private sealed class Blank() : ClaimValidator(" ")
    {
        protected override IEnumerable<Finding> Validate(ValidationContext context) => [];
    }
}
