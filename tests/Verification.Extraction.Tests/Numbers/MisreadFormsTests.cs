using Verification.Extraction.Mentions;
using Verification.Extraction.Tests.TestSupport;

namespace Verification.Extraction.Tests.Numbers;

/// <summary>Forms once read wrong: an amount in parentheses (a loss in a table), a range of a measure written with
/// hyphens, and a rank.</summary>
[TestFixture]
public sealed class MisreadFormsTests
{
    private static string Describe(IEnumerable<NumberMention> numbers) =>
        "numbers: " + string.Join(" | ", numbers.Select(n => $"{n.Text} = {n.Kind} {n.Value}-{n.HighValue} {n.Unit}"));

    private static NumberMention Only(string text)
    {
        var numbers = Extract.Mentions(text).Numbers;
        Assert.That(numbers, Has.Count.EqualTo(1), () => Describe(numbers));
        return numbers[0];
    }

    [TestCase("The retailer booked ($99.99) per unit on returns, its filing shows.", "($99.99)", -99.99)]
    [TestCase("Net income: ($4.2 million) against $1.1 million a year earlier.", "($4.2 million)", -4_200_000)]
    public void Annotate_AmountInParentheses_IsANegativeAmount(string text, string span, double value)
    {
        var n = Extract.Mentions(text).Numbers[0];

        Assert.That((n.Text, n.Kind, n.Value), Is.EqualTo((span, NumberKind.Money, value)), () => Describe(Extract.Mentions(text).Numbers));
    }

    [Test]
    public void Annotate_AmountInParenthesesAfterWords_IsStillAnAside() =>
        Assert.That(Only("The fee rose sharply (to $40) this year.").Value, Is.EqualTo(40));

    [TestCase("Forecasters warned of 8- to 16-meter waves along the coast.", "8- to 16-meter", 8, 16)]
    [TestCase("Crews laid 2- to 3-kilometre stretches of pipe.", "2- to 3-kilometre", 2, 3)]
    public void Annotate_HyphenatedRangeOfAMeasure_IsOneMeasure(string text, string span, double low, double high)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind, n.Value, n.HighValue), Is.EqualTo((span, NumberKind.Measure, low, high)));
    }

    [TestCase("The city ranks in the top 10 for air pollution.", "top 10")]
    [TestCase("None of the top 50 universities replied.", "top 50")]
    public void Annotate_Rank_IsAnOrdinalNotACount(string text, string span)
    {
        var n = Only(text);

        Assert.That((n.Text, n.Kind), Is.EqualTo((span, NumberKind.Ordinal)));
    }

    [Test]
    public void Annotate_TopRankOfACountNoun_MakesNoClaim() =>
        Assert.That(Extract.Claims("The top 20 donors gave most of the money, the charity said.").Claims, Is.Empty);

    [Test]
    public void Annotate_CountAfterTopAsAVerb_IsACount() =>
        Assert.That(Only("Deaths could top 300 by Friday, officials said.").Kind, Is.EqualTo(NumberKind.Count));
}
