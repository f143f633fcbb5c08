using Verification.Extraction.Text;
using Verification.Figures;
using static Verification.Extraction.Periods.DateTokens;

namespace Verification.Extraction.Periods.Refiners;

/// <summary>Marks a period that dates a statement rather than what the figures count: "said on Thursday", "told
/// reporters on Monday", "reported the figures on March 20".</summary>
internal sealed class StatementDateRefiner : IPeriodRefiner
{
    public void Refine(in PeriodSentence sentence, List<PeriodHit> hits)
    {
        foreach (var hit in hits)
        {
            hit.IsStatementDate = !hit.Dropped && IsStatementDate(sentence.Text, sentence.Tokens, hit.First);
        }
    }

    private static bool IsStatementDate(string text, ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            var token = t[k];
            if (token.Has(Lex.SpeechVerb) && !Is(text, token, "according") && !Is(text, token, "put") && !Is(text, token, "found"))
            {
                return true;
            }

            if (token.Kind == TokenKind.Punct || token.IsNumber)
            {
                return false;
            }

            if (!(Is(text, token, "on") || Is(text, token, "in") || Is(text, token, "late") || Is(text, token, "early") || Is(text, token, "reporters")
                || Is(text, token, "journalists") || Is(text, token, "a") || Is(text, token, "statement") || Is(text, token, "news") || Is(text, token, "conference")
                || Is(text, token, "briefing") || Is(text, token, "interview") || token.IsCapitalized || token.Has(Lex.Determiner) || token.Has(Lex.RelayNoun)))
            {
                return false;
            }
        }

        return false;
    }
}
