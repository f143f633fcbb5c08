namespace Verification.Testing.Tests;

public sealed class ReportBuilderTests
{
    [Test]
    public void Build_NothingSet_IsAnEmptyReportWithTheDefaultId()
    {
        var report = new ReportBuilder().Build();

        Assert.That(report.Id, Is.EqualTo(ReportBuilder.DefaultId));
        Assert.That(report.Claims, Is.Empty);
        Assert.That(report.Published, Is.Null);
    }

    [Test]
    public void WithClaim_Actions_NumbersClaimsInOrder()
    {
        var report = new ReportBuilder()
            .WithClaim(c => c.WithFigure("10"))
            .WithClaim(c => c.WithFigure("20"))
            .Build();

        Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(new[] { "c1", "c2" }));
    }

    [Test]
    public void WithClaim_ActionSetsAnId_KeepsIt()
    {
        var report = new ReportBuilder().WithClaim(c => c.WithId("m4")).Build();

        Assert.That(report.Claims[0].Id, Is.EqualTo("m4"));
    }

    [Test]
    public void Build_EveryPropertySet_SetsThemOnTheReport()
    {
        var claim = Mosul.AlJadidaDozens().Build();
        var report = new ReportBuilder("mosul")
            .WithOutlet("Online news report")
            .WithPublished("2017-03-25")
            .WithUrl(new Uri("https://example.org/mosul"))
            .WithClaim(claim)
            .WithClaim(Mosul.UsInvestigation105())
            .WithClaims([claim with { Id = "m9" }])
            .Build();

        Assert.That(report.Id, Is.EqualTo("mosul"));
        Assert.That(report.Outlet, Is.EqualTo("Online news report"));
        Assert.That(report.Published, Is.EqualTo(new DateOnly(2017, 3, 25)));
        Assert.That(report.Url, Is.EqualTo(new Uri("https://example.org/mosul")));
        Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(new[] { "m4", "e5", "m9" }));
    }

    [Test]
    public void WithPublished_NotADate_Throws()
    {
        Assert.That(() => new ReportBuilder().WithPublished("25 March 2017"), Throws.TypeOf<FormatException>());
    }
}
