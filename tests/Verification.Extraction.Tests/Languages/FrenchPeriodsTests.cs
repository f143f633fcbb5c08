namespace Verification.Extraction.Tests.Languages;

/// <summary>French date and period forms, read with <see cref="ExtractionOptions.Language"/> "fr" against the
/// publication date.</summary>
[TestFixture]
public sealed class FrenchPeriodsTests
{
    private static readonly TextAnnotator French = new(new ExtractionOptions { Language = "fr" });

    [TestCase("Les combats ont repris du 11 au 14 juin.", "2017-07-01", "du 11 au 14 juin", "2017-06-11/2017-06-14")]
    [TestCase("Des milliers de familles ont fui en mars 2017.", "2017-07-01", "mars 2017", "2017-03")]
    [TestCase("L'offensive a repris mi-mars.", "2017-03-25", "mi-mars", "2017-03-11/2017-03-20")]
    [TestCase("Les combats ont commencé fin 2016.", "2017-03-25", "fin 2016", "2016-09-01/2016-12-31")]
    [TestCase("Les combats ont commencé début 2017.", "2017-03-25", "début 2017", "2017-01-01/2017-03-25")]
    [TestCase("Le 1er mars, 40 personnes ont été tuées.", "2017-03-25", "Le 1er mars", "2017-03-01")]
    [TestCase("Le 17 octobre 2016, l'offensive a été lancée.", "2017-03-25", "Le 17 octobre 2016", "2016-10-17")]
    [TestCase("La semaine dernière, 12 civils ont été tués.", "2017-03-25", "La semaine dernière", "2017-03-13/2017-03-19")]
    [TestCase("Hier, 7 civils ont été blessés.", "2017-03-25", "Hier", "2017-03-24")]
    [TestCase("Le mois dernier, 7 civils ont été blessés.", "2017-03-25", "Le mois dernier", "2017-02")]
    [TestCase("Des frappes ont eu lieu entre le 6 et le 9 mars.", "2017-03-25", "entre le 6 et le 9 mars", "2017-03-06/2017-03-09")]
    [TestCase("Depuis janvier, 300 familles ont fui.", "2017-03-25", "Depuis janvier", "2017-01-01/2017-03-25")]
    [TestCase("Il y a 3 jours, 40 civils ont été tués.", "2017-03-25", "Il y a 3 jours", "2017-03-22")]
    [TestCase("Il y a un an, 40 civils ont été tués.", "2017-03-25", "Il y a un an", "2016")]
    public void Annotate_FrenchForm_ReadsItsPeriodAndSpan(string sentence, string published, string text, string period)
    {
        var periods = French.Annotate(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Periods;

        Assert.That(periods.Select(p => (p.Text, p.Period.ToString())), Does.Contain((text, period)));
    }
}
