using NUnit.Framework.Internal;
using Verification.Input;

namespace Verification.Core.Tests.Input;

public sealed class InvalidClaimsExceptionTests
{
    private static readonly ClaimProblem Inverted = new("c3", "figure", "figure-inverted", "claim 'c3', field 'figure': the low end is above the high end.");
    private static readonly ClaimProblem NoSource = new("c4", "source", "source-missing", "claim 'c4', field 'source': missing.");

    [Test]
    public void Problems_ToString_ListsEachProblemWithItsCode()
    {
        var e = new InvalidClaimsException([Inverted, NoSource]);

        Assert.That(e.Problems.ToString(), Is.EqualTo(
            "figure-inverted: claim 'c3', field 'figure': the low end is above the high end.; source-missing: claim 'c4', field 'source': missing."));
    }

    [Test]
    public void Problems_AsNUnitShowsTheException_AreListedNotNamedByType()
    {
        var e = new InvalidClaimsException([Inverted]);

        var shown = ExceptionHelper.BuildMessage(e);

        Assert.That(shown, Does.Contain("Problems: figure-inverted: claim 'c3'"));
        Assert.That(shown, Does.Not.Contain("[]").And.Not.Contain("`1"));
    }

    [Test]
    public void Problems_MessageOnly_ShowsNone()
    {
        var e = new InvalidClaimsException("The file is not JSON.");

        Assert.That(e.Problems, Is.Empty);
        Assert.That(e.Problems.ToString(), Is.EqualTo("none"));
    }
}
