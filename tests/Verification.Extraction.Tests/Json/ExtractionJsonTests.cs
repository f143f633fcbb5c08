using System.Text;
using System.Text.Json;
using Verification.Extraction.Json;
using Verification.Extraction.Tests.TestSupport;
using Verification.Json;

namespace Verification.Extraction.Tests.Json;

[TestFixture]
public sealed class ExtractionJsonTests
{
    private const string Text = "Around 340,000 people have fled Mosul since October, according to UNHCR figures. More than 400 civilians were killed, the monitor said.";

    private static JsonElement ClaimsOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("claims");

    [Test]
    public void ToClaimsFile_ExtractedClaims_AreReadBackByTheEnginesReader()
    {
        var result = Extract.Claims(Text, outlet: "Outlet");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ExtractionJson.ToClaimsFile(result)));

        var document = ClaimsFile.Read(stream);

        Assert.That(document.Claims.Select(c => (c.Id, c.Subject.Text, c.Source, c.Place?.Path, c.Period?.ToString())),
            Is.EqualTo(result.Claims.Select(c => (c.Claim.Id, c.Claim.Subject.Text, c.Claim.Source, c.Claim.Place?.Path, c.Claim.Period?.ToString()))));
    }

    [Test]
    public void ToClaimsFile_FigureRoundTrip_KeepsTheInterval()
    {
        var result = Extract.Claims(Text);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ExtractionJson.ToClaimsFile(result)));

        var figure = ClaimsFile.Read(stream).Claims[0].Figure!;

        Assert.That((figure.Low, figure.High, figure.Text), Is.EqualTo((306_000d, 374_000d, "Around 340,000")));
    }

    [Test]
    public void ToClaimsFile_UnboundedFigure_WritesHighAsNullAndAnOpenLowEnd()
    {
        var figure = ClaimsOf(ExtractionJson.ToClaimsFile(Extract.Claims(Text)))[1].GetProperty("figure");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figure.GetProperty("high").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(figure.GetProperty("lowInclusive").GetBoolean(), Is.False);
        }
    }

    [Test]
    public void ToClaimsFile_Claim_CarriesItsQuoteAndFigureSpans()
    {
        var claim = ClaimsOf(ExtractionJson.ToClaimsFile(Extract.Claims(Text)))[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.GetProperty("quoteSpan").GetProperty("start").GetInt32(), Is.Zero);
            Assert.That(claim.GetProperty("figureSpan").GetProperty("end").GetInt32(), Is.EqualTo("Around 340,000".Length));
        }
    }

    [Test]
    public void ToAnnotationLine_Mentions_IsOneLineOfJson()
    {
        var line = ExtractionJson.ToAnnotationLine(Extract.Mentions(Text));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.Not.Contain('\n'));
            Assert.That(JsonDocument.Parse(line).RootElement.GetProperty("figures").GetArrayLength(), Is.EqualTo(2));
        }
    }

    [Test]
    public void ToAnnotationLine_FractionalValue_IsWrittenExactly()
    {
        // "One sixth of the district's wells are dry": a value no six decimals write.
        var line = ExtractionJson.ToAnnotationLine(Extract.Mentions("The agency said 1/6 of the wells were dry."));

        var value = JsonDocument.Parse(line).RootElement.GetProperty("figures")[0].GetProperty("value").GetDouble();

        Assert.That(value, Is.EqualTo(1.0 / 6));
    }

    [Test]
    public void ToAnnotationLine_DecimalFigure_KeepsItsDigits()
    {
        var line = ExtractionJson.ToAnnotationLine(Extract.Mentions("Rainfall reached 12.3456789 mm."));

        var figure = JsonDocument.Parse(line).RootElement.GetProperty("figures")[0];

        Assert.That(figure.GetProperty("value").GetRawText(), Is.EqualTo("12.3456789"));
    }
}
