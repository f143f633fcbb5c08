namespace Verification;

/// <summary>Reads the English text of one figure into a <see cref="Figure"/> (DESIGN §2 rules).</summary>
internal static class FigureParser
{
    public static bool TryParse(string text, FigureOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Figure? figure, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        throw new NotImplementedException();
    }
}
