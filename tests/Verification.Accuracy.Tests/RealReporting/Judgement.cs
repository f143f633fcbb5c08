using Verification.Verdicts;
namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>What a pair of claims is to a fact-checker: the hand judgement in an event file, or what the engine's
/// findings say of the evidence claim.</summary>
public enum Judgement
{
    /// <summary>The same thing, from independent origins, and the figures agree.</summary>
    Corroborated,

    /// <summary>The same thing, from independent origins, and the figures cannot both be right.</summary>
    Contested,

    /// <summary>Not the same thing: another count, place or time, a projection against a count, or a part of a whole.</summary>
    NotComparable,

    /// <summary>The same thing from the same origin.</summary>
    Echo,
}

/// <summary>The words an event file uses for judgements and verdicts.</summary>
public static class Judgements
{
    /// <summary>Every judgement, in the order tables list them.</summary>
    public static IReadOnlyList<Judgement> All { get; } = [Judgement.Corroborated, Judgement.Contested, Judgement.NotComparable, Judgement.Echo];

    /// <summary>Every verdict, in the order tables list them.</summary>
    public static IReadOnlyList<Verdict> Verdicts { get; } = [Verdict.Corroborated, Verdict.Contested, Verdict.Unverified];

    /// <summary>The file's word for a judgement.</summary>
    public static string Text(Judgement judgement) => judgement switch
    {
        Judgement.Corroborated => "corroborated",
        Judgement.Contested => "contested",
        Judgement.NotComparable => "not comparable",
        Judgement.Echo => "echo",
        _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement, null),
    };

    /// <summary>The file's word for a verdict.</summary>
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.Corroborated => "corroborated",
        Verdict.Contested => "contested",
        Verdict.Unverified => "unverified",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Reads a pair's judgement, exactly as the format spells it.</summary>
    public static bool TryParseJudgement(string? text, out Judgement judgement)
    {
        foreach (var j in All)
        {
            if (string.Equals(text, Text(j), StringComparison.Ordinal))
            {
                judgement = j;
                return true;
            }
        }

        judgement = default;
        return false;
    }

    /// <summary>Reads a claim's expected verdict, exactly as the format spells it.</summary>
    public static bool TryParseVerdict(string? text, out Verdict verdict)
    {
        foreach (var v in Verdicts)
        {
            if (string.Equals(text, Text(v), StringComparison.Ordinal))
            {
                verdict = v;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}
