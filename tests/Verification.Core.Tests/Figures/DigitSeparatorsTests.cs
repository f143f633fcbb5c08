using System.Globalization;
using Verification.Figures;

namespace Verification.Core.Tests.Figures;

/// <summary>Which separators a culture's figure text uses: from its number format, or by name where the runtime has no
/// culture data (these tests run so).</summary>
[TestFixture]
public sealed class DigitSeparatorsTests
{
    [Test]
    public void For_InvariantCulture_IsDecimalPointAndCommaGroups()
    {
        Assert.That(DigitSeparators.For(CultureInfo.InvariantCulture), Is.EqualTo(new DigitSeparators('.', ',')));
    }

    [Test]
    public void For_NumberFormatSetByHand_UsesIt()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NumberDecimalSeparator = ",";

        Assert.That(DigitSeparators.For(culture), Is.EqualTo(new DigitSeparators(',', '.')));
    }

    [Test]
    public void For_NumberFormatWithANoBreakSpaceGroup_GroupsWithSpaces()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u202F";
        culture.NumberFormat.NumberDecimalSeparator = ",";

        Assert.That(DigitSeparators.For(culture), Is.EqualTo(new DigitSeparators(',', ' ')));
    }

    [Test]
    public void For_NamedCultureWithoutData_HasTheInvariantNumberFormat()
    {
        // What the rule relies on: without culture data, a named culture carries the invariant formats.
        var culture = new CultureInfo("de-DE");

        Assert.That((culture.NumberFormat.NumberDecimalSeparator, culture.TwoLetterISOLanguageName), Is.EqualTo((".", "iv")));
    }

    [TestCase("de-DE", ',', '.')]
    [TestCase("tr-TR", ',', '.')]
    [TestCase("tr", ',', '.')]
    [TestCase("es-ES", ',', '.')]
    [TestCase("id-ID", ',', '.')]
    [TestCase("fr-FR", ',', ' ')]
    [TestCase("ru-RU", ',', ' ')]
    [TestCase("pt-PT", ',', ' ')]
    [TestCase("pt-BR", ',', '.')]
    [TestCase("de-CH", '.', '\'')]
    [TestCase("es-MX", '.', ',')]
    [TestCase("en-GB", '.', ',')]
    [TestCase("ar-IQ", '.', ',')]
    public void For_NamedCultureWithoutData_ReadsTheTable(string name, char decimalSeparator, char groupSeparator)
    {
        Assert.That(DigitSeparators.For(new CultureInfo(name)), Is.EqualTo(new DigitSeparators(decimalSeparator, groupSeparator)));
    }

    [TestCase(',', ExpectedResult = false)]
    [TestCase('.', ExpectedResult = true)]
    [TestCase(' ', ExpectedResult = true)]
    [TestCase('\u00A0', ExpectedResult = true)]
    [TestCase('\u066C', ExpectedResult = true)]
    public bool IsGroup_WithDotGroups(char c) => new DigitSeparators(',', '.').IsGroup(c);
}
