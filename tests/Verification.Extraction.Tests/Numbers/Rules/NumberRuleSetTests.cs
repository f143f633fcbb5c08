using Verification.Extraction.Numbers;
using Verification.Extraction.Numbers.Rules;
using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Extraction.Tests.Numbers.Rules;

/// <summary>The number rule runner: a new form is one rule, the longest match wins, the token after the digits picks
/// the rules, and malformed patterns are refused.</summary>
[TestFixture]
public sealed class NumberRuleSetTests
{
    // A form for the test: "3 score" is sixty.
    private static readonly NumberRule Score = new("score", [Num.Whole, Num.Word("score")], static (ref m, ref core) =>
    {
        core.Type = NumberCoreType.Special;
        core.Value = m.Digits(0) * 20;
        core.End = m.End;
        return true;
    });

    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }

    private static bool Match(NumberRuleSet set, string text, int at, bool afterGroups, out NumberCore core)
    {
        var t = Tokens(text);
        core = new NumberCore { First = at, End = at + 1 };
        return set.TryMatch(text, t, new byte[t.Length], at, afterGroups, ref core);
    }

    [Test]
    public void TryMatch_NewRule_BuildsItsCore()
    {
        var found = Match(new NumberRuleSet([Score]), "3 score years", 0, afterGroups: false, out var core);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.True);
            Assert.That((core.Type, core.Value, core.End), Is.EqualTo((NumberCoreType.Special, 60d, 2)));
        }
    }

    [Test]
    public void TryMatch_OtherWordAfterTheDigits_TriesNoRule() =>
        Assert.That(Match(new NumberRuleSet([Score]), "3 scores", 0, afterGroups: false, out _), Is.False);

    [Test]
    public void TryMatch_TwoRulesMatch_TakesTheLonger()
    {
        var longer = new NumberRule("score-of", [Num.Whole, Num.Word("score"), Num.Word("and"), Num.Whole], static (ref m, ref core) =>
        {
            core.Value = (m.Digits(0) * 20) + m.Digits(3);
            core.End = m.End;
            return true;
        });

        Match(new NumberRuleSet([Score, longer]), "4 score and 7", 0, afterGroups: false, out var core);

        Assert.That((core.Value, core.End), Is.EqualTo((87d, 4)));
    }

    [Test]
    public void TryMatch_AfterGroups_TriesOnlyTheRulesThatMayFollowThem()
    {
        var set = new NumberRuleSet([Score]);

        Assert.That(Match(set, "3 score", 0, afterGroups: true, out _), Is.False);
    }

    [Test]
    public void TryMatch_BuilderRefuses_LeavesTheCore()
    {
        var refusing = new NumberRule("never", [Num.Whole, Num.Word("score")], static (ref m, ref core) =>
        {
            core.Value = 99;
            return false;
        });

        var found = Match(new NumberRuleSet([refusing]), "3 score", 0, afterGroups: false, out var core);

        Assert.That((found, core.Value), Is.EqualTo((false, 0d)));
    }

    [Test]
    public void Recognizer_WithNewRule_ReportsItsNumber()
    {
        var recognizer = new NumberRecognizer(FigureOptions.Default, new NumberRuleSet([.. EnglishNumberRules.All, Score]));
        const string text = "He lived 4 score years in the valley.";
        var t = Tokens(text);
        var hits = new List<NumberHit>();

        recognizer.Recognize(text, t, new byte[t.Length], hits);

        Assert.That(hits.Select(h => (h.Mention.Text, h.Mention.Value)), Is.EqualTo(new[] { ("4 score years", 80d) }));
    }

    [TestCase("empty")]
    [TestCase("starts-with-a-word")]
    [TestCase("optional-digits")]
    public void Constructor_MalformedPattern_Throws(string name)
    {
        NumberSlot[] pattern = name switch
        {
            "empty" => [],
            "starts-with-a-word" => [Num.Word("score"), Num.Whole],
            _ => [Num.Whole.Opt, Num.Word("score")],
        };

        Assert.That(() => new NumberRuleSet([new NumberRule(name, pattern, static (ref m, ref core) => true)]), Throws.ArgumentException);
    }
}
