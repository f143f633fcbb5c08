using System.Text.Json;

namespace Verification.Cli.Tests.TestSupport;

/// <summary>The quote of each claim an extract run wrote, with its span on the article.</summary>
internal static class QuoteSpans
{
    /// <summary>Each claim's <c>quote</c> and <c>quoteSpan</c>, in the order written.</summary>
    public static List<(string? Quote, int Start, int End)> Of(string claimsJson)
    {
        using var json = JsonDocument.Parse(claimsJson);
        return [.. json.RootElement.GetProperty("claims").EnumerateArray().Select(c =>
            (c.GetProperty("quote").GetString(), c.GetProperty("quoteSpan").GetProperty("start").GetInt32(), c.GetProperty("quoteSpan").GetProperty("end").GetInt32()))];
    }

    /// <summary>Whether a quote is exactly the article's text at its span.</summary>
    public static bool IsTextAt(string article, (string? Quote, int Start, int End) quote) => article[quote.Start..quote.End] == quote.Quote;
}
