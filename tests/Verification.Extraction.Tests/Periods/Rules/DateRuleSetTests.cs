using Verification.Extraction.Periods;
using Verification.Extraction.Periods.Rules;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Periods;

namespace Verification.Extraction.Tests.Periods.Rules;

/// <summary>The rule runner: a new form is one rule, the longest match wins, optional slots are skipped without
/// going back, and malformed patterns are refused.</summary>
[TestFixture]
public sealed class DateRuleSetTests
{
    private static readonly DateOnly Published = new(2017, 3, 25);

    // A form for the test: "fiscal 2016" is the year from April 2016 to March 2017.
    private static readonly DateRule FiscalYear = new("fiscal-year", [S.Word("fiscal"), S.Word("year").Opt, S.Year], static (ref m, out p) =>
    {
        p = new ResolvedPeriod(new DateOnly(m[2], 4, 1), new DateOnly(m[2] + 1, 3, 31), PeriodPrecision.Interval);
        return true;
    });

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static bool NoInner(string text, ReadOnlySpan<Token> tokens, int at, DateOnly published, int depth, out int end, out ResolvedPeriod period)
    {
        end = at;
        period = default;
        return false;
    }

    [TestCase("Spending fell in fiscal 2016.", "2016-04-01/2017-03-31")]
    [TestCase("Spending fell in fiscal year 2016.", "2016-04-01/2017-03-31")]
    public void TryMatch_NewRule_ReadsItsForm(string text, string expected)
    {
        var set = new DateRuleSet([FiscalYear]);
        var t = Tokens(text);
        var at = t.FindIndex(k => text.AsSpan(k.Start, k.Length).SequenceEqual("fiscal"));

        var found = set.TryMatch(text, t.ToArray(), at, Published, 28, NoInner, 0, out var end, out var period, out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.True);
            Assert.That(period.ToPeriod().ToString(), Is.EqualTo(expected));
            Assert.That(text[t[at].Start..t[end - 1].End], Does.EndWith("2016"));
        }
    }

    [Test]
    public void Recognizer_WithNewRule_ReportsItsPeriod()
    {
        var recognizer = new PeriodRecognizer(28, new DateRuleSet([FiscalYear]));
        const string text = "Spending fell in fiscal 2015.";
        var t = Tokens(text).ToArray();
        var hits = new List<PeriodHit>();

        recognizer.Recognize(text, t, new byte[t.Length], Published, hits, new StringPool());

        Assert.That(hits.Select(h => $"{h.Mention.Text} = {h.Mention.Period}"), Is.EqualTo(new[] { "fiscal 2015 = 2015-04-01/2016-03-31" }));
    }

    [Test]
    public void TryMatch_TwoRulesMatch_TakesTheLonger()
    {
        var shortRule = new DateRule("short", [S.Word("fiscal"), S.Word("year")], static (ref m, out p) =>
        {
            p = ResolvedPeriod.Year(2000);
            return true;
        });
        var set = new DateRuleSet([shortRule, FiscalYear]);
        const string text = "fiscal year 2016";

        set.TryMatch(text, Tokens(text).ToArray(), 0, Published, 28, NoInner, 0, out var end, out var period, out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(end, Is.EqualTo(3));
            Assert.That(period.Start, Is.EqualTo(new DateOnly(2016, 4, 1)));
        }
    }

    [Test]
    public void TryMatch_BuilderRefuses_IsNoMatch()
    {
        var refusing = new DateRule("refusing", [S.Word("fiscal"), S.Year], static (ref m, out p) =>
        {
            p = default;
            return false;
        });
        const string text = "fiscal 2016";

        var found = new DateRuleSet([refusing]).TryMatch(text, Tokens(text).ToArray(), 0, Published, 28, NoInner, 0, out _, out _, out _);

        Assert.That(found, Is.False);
    }

    [Test]
    public void Constructor_PatternStartingWithAPeriod_IsRefused()
    {
        var leftRecursive = new DateRule("left-recursive", [S.Period, S.Word("onwards")], static (ref m, out p) =>
        {
            p = m.Inner;
            return true;
        });

        Assert.That(() => new DateRuleSet([leftRecursive]), Throws.ArgumentException.With.Message.Contains("left-recursive"));
    }

    [Test]
    public void EnglishRules_EveryName_IsUnique() =>
        Assert.That(EnglishDateRules.All.Select(r => r.Name), Is.Unique);
}
