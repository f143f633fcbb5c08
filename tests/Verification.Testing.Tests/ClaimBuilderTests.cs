using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Testing.Tests;

public sealed class ClaimBuilderTests
{
    [Test]
    public void Build_NothingSet_GivesTheDocumentedDefaults()
    {
        var claim = new ClaimBuilder().Build();

        Assert.That(claim.Id, Is.EqualTo(ClaimBuilder.DefaultId));
        Assert.That(claim.Subject, Is.EqualTo(new Subject(ClaimBuilder.DefaultSubject)));
        Assert.That(claim.Source, Is.EqualTo(ClaimBuilder.DefaultSource));
        Assert.That(claim.Figure, Is.Null);
        Assert.That(claim.Place, Is.Null);
        Assert.That(claim.Period, Is.Null);
        Assert.That(claim.IsContested, Is.False);
        Assert.That(claim.DerivedFrom, Is.Empty);
    }

    [Test]
    public void Build_EveryPropertySet_ReadsTextLikeAClaimsFile()
    {
        var claim = new ClaimBuilder("m3")
            .WithSubject("people displaced")
            .WithFigure("about 270,000")
            .WithPlace("Mosul, Nineveh, Iraq")
            .WithPeriod("2016-10-17/2017-03-25")
            .WithSource("Online news report")
            .WithDerivedFrom("UNHCR")
            .WithReportedIn("Online news report, 2017-03-25")
            .WithQuote("leaving about 270,000 displaced")
            .FlaggedAsContested()
            .WithMetadata("derivation", "\"340,000 - 70,000\"")
            .Build();

        Assert.That(claim.Id, Is.EqualTo("m3"));
        Assert.That(claim.Figure, Is.EqualTo(Figure.Parse("about 270,000")));
        Assert.That(claim.Place, Is.EqualTo(Place.Parse("Mosul, Nineveh, Iraq")));
        Assert.That(claim.Period, Is.EqualTo(Period.Parse("2016-10-17/2017-03-25")));
        Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "UNHCR" }));
        Assert.That(claim.ReportedIn, Is.EqualTo("Online news report, 2017-03-25"));
        Assert.That(claim.Quote, Is.EqualTo("leaving about 270,000 displaced"));
        Assert.That(claim.IsContested, Is.True);
        Assert.That(claim.Metadata["derivation"], Is.EqualTo("\"340,000 - 70,000\""));
    }

    [Test]
    public void WithFigure_TextIsNotAFigure_ThrowsAtOnce()
    {
        var builder = new ClaimBuilder();

        Assert.That(() => builder.WithFigure("a great many"), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void WithFigure_LowAndNoHigh_IsUnbounded()
    {
        var claim = new ClaimBuilder().WithFigure(440, null).Build();

        Assert.That(claim.Figure!.IsUnbounded, Is.True);
        Assert.That(claim.Figure.Low, Is.EqualTo(440));
    }

    [Test]
    public void WithFigureOptions_WiderHedge_AppliesToLaterFigureText()
    {
        var claim = new ClaimBuilder()
            .WithFigureOptions(FigureOptions.Default with { HedgeTolerance = 0.5 })
            .WithFigure("about 100")
            .Build();

        Assert.That(claim.Figure!.Low, Is.EqualTo(50));
    }

    [Test]
    public void WithoutFigurePlaceAndPeriod_AfterSettingThem_RemovesThem()
    {
        var claim = Mosul.AlJadidaDozens().WithoutFigure().WithoutPlace().WithoutPeriod().Build();

        Assert.That(claim.Figure, Is.Null);
        Assert.That(claim.Place, Is.Null);
        Assert.That(claim.Period, Is.Null);
    }

    [Test]
    public void FromClaim_ThenBuild_GivesAnEqualClaim()
    {
        var original = Mosul.AlJadidaDozens().WithDerivedFrom("Residents").WithMetadata("k", "v").FlaggedAsContested().Build();

        var copy = ClaimBuilder.FromClaim(original).Build();

        Assert.That(copy, Is.EqualTo(original));
    }

    [Test]
    public void FromClaim_ChangeOneProperty_KeepsTheOthers()
    {
        var original = Mosul.AlJadidaDozens().Build();

        var changed = ClaimBuilder.FromClaim(original).WithFigure("105").Build();

        Assert.That(changed, Is.EqualTo(original with { Figure = Figure.Parse("105") }));
    }

    [Test]
    public void Build_CalledTwice_GivesIndependentClaims()
    {
        var builder = new ClaimBuilder().WithMetadata("k", "1");
        var first = builder.Build();

        builder.WithMetadata("k", "2");

        Assert.That(first.Metadata["k"], Is.EqualTo("1"));
        Assert.That(builder.Build().Metadata["k"], Is.EqualTo("2"));
    }

    [Test]
    public void ToString_DescribesTheClaim()
    {
        Assert.That(Mosul.AlJadidaDozens().ToString(), Does.StartWith("m4: 'dozens' (24–99) civilians killed"));
    }
}
