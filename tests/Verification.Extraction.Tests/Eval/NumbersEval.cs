using System.Globalization;
using System.Text.Json;

namespace Verification.Extraction.Tests.Eval;

/// <summary>Scores the annotator on a numbers file (shared/eval/numbers-public.json): for each expected number, whether a
/// number was found over the same text with the same value (or the same low and high, for a range).</summary>
/// <remarks>
/// An expected number is matched when a mention overlaps its text (located in the input) and its stated value equals
/// the expected value, or its low and high equal the expected ones. An item is matched when every expected number is,
/// and, for an item expecting none, when no quantity (count, measure, money, percentage, other) is reported. Years,
/// dates and times found in such items are not counted against it: the sources treat "2 pm" as no quantity but "1979"
/// as one, and this library reports both as what they are.
/// </remarks>
internal static class NumbersEval
{
    public sealed record Result(int Items, int ItemsMatched, int Expected, int ExpectedMatched, IReadOnlyList<string> Misses);

    public static Result Run(string json, TextAnnotator annotator, DateOnly published)
    {
        using var document = JsonDocument.Parse(json);
        int items = 0, itemsMatched = 0, expected = 0, expectedMatched = 0;
        var misses = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            items++;
            var input = item.GetProperty("input").GetString()!;
            var annotation = annotator.Annotate(input, published);
            var all = true;
            var expectations = item.GetProperty("expected").EnumerateArray().ToList();
            foreach (var e in expectations)
            {
                expected++;
                if (Matches(input, e, annotation))
                {
                    expectedMatched++;
                }
                else
                {
                    all = false;
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"{item.GetProperty("id").GetString()}: '{e.GetProperty("text").GetString()}' = {e.GetProperty("value").GetDouble()} in \"{input}\""));
                }
            }

            if (expectations.Count == 0 && annotation.Numbers.Any(n => n.Kind is NumberKind.Count or NumberKind.Measure or NumberKind.Money or NumberKind.Percentage or NumberKind.Other))
            {
                all = false;
                misses.Add($"{item.GetProperty("id").GetString()}: expected no number in \"{input}\", found {string.Join(", ", annotation.Numbers.Select(n => n.Text))}");
            }

            if (all)
            {
                itemsMatched++;
            }
        }

        return new Result(items, itemsMatched, expected, expectedMatched, misses);
    }

    private static bool Matches(string input, JsonElement e, TextAnnotation annotation)
    {
        var text = e.GetProperty("text").GetString()!;
        var value = e.GetProperty("value").GetDouble();
        var low = e.GetProperty("low").GetDouble();
        var high = e.GetProperty("high").GetDouble();
        var at = input.IndexOf(text, StringComparison.Ordinal);
        var span = at >= 0 ? new TextSpan(at, at + text.Length) : new TextSpan(0, input.Length);
        foreach (var n in annotation.Numbers)
        {
            if (!n.Span.Overlaps(span))
            {
                continue;
            }

            if (Same(n.Value, value) || (low != high && Same(Math.Min(n.Value, n.HighValue), low) && Same(Math.Max(n.Value, n.HighValue), high)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
