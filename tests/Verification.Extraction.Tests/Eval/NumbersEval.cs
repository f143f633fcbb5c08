using System.Globalization;
using System.Text.Json;
using Verification.Extraction.Mentions;
using Verification.Periods;

namespace Verification.Extraction.Tests.Eval;

/// <summary>Scores the annotator on an evaluation file of numbers and dates (Eval/Cases/numbers-and-dates.json): for
/// each expected number, whether a number of that kind was found over the same text with the same value (or the same
/// low and high, for a range); for each expected date, whether a period over the same text resolved to it.</summary>
/// <remarks>
/// An item is matched when every expectation is, and, for an item expecting no number, when no quantity (count, measure,
/// money, percentage, other) is reported. Dates are resolved against <see cref="TestSupport.Extract.Published"/>.
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
            var id = item.GetProperty("id").GetString();
            var input = item.GetProperty("input").GetString()!;
            var annotation = annotator.Annotate(input, published);
            var all = true;
            var numbers = item.TryGetProperty("numbers", out var n) ? n.EnumerateArray().ToList() : [];
            var periods = item.TryGetProperty("periods", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var e in numbers)
            {
                expected++;
                if (NumberMatches(input, e, annotation))
                {
                    expectedMatched++;
                }
                else
                {
                    all = false;
                    misses.Add($"{id}: number '{e.GetProperty("text").GetString()}' not found as expected in \"{input}\"; found {Describe(annotation)}");
                }
            }

            foreach (var e in periods)
            {
                expected++;
                if (PeriodMatches(input, e, annotation))
                {
                    expectedMatched++;
                }
                else
                {
                    all = false;
                    misses.Add($"{id}: date '{e.GetProperty("text").GetString()}' = {e.GetProperty("period").GetString()} not found in \"{input}\"; found {string.Join(", ", annotation.Periods.Select(m => $"'{m.Text}'={m.Period}"))}");
                }
            }

            if (item.TryGetProperty("numbers", out _) && numbers.Count == 0 && annotation.Numbers.Any(IsQuantity))
            {
                all = false;
                misses.Add($"{id}: expected no number in \"{input}\", found {Describe(annotation)}");
            }

            if (all)
            {
                itemsMatched++;
            }
        }

        return new Result(items, itemsMatched, expected, expectedMatched, misses);
    }

    private static bool IsQuantity(NumberMention n) => n.Kind is NumberKind.Count or NumberKind.Measure or NumberKind.Money or NumberKind.Percentage or NumberKind.Other;

    private static string Describe(TextAnnotation annotation) =>
        string.Join(", ", annotation.Numbers.Select(m => string.Create(CultureInfo.InvariantCulture, $"'{m.Text}' {m.Kind} {m.Value}{(double.IsNaN(m.HighValue) ? "" : "–" + m.HighValue)}")));

    private static TextSpan SpanOf(string input, JsonElement e)
    {
        var text = e.GetProperty("text").GetString()!;
        var at = input.IndexOf(text, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"the case's text '{text}' is not in \"{input}\"");
        return new TextSpan(at, at + text.Length);
    }

    private static bool NumberMatches(string input, JsonElement e, TextAnnotation annotation)
    {
        var span = SpanOf(input, e);
        var kind = Enum.Parse<NumberKind>(e.GetProperty("kind").GetString()!);
        return annotation.Numbers.Any(m => m.Span.Overlaps(span) && m.Kind == kind && ValueMatches(m, e));
    }

    private static bool ValueMatches(NumberMention m, JsonElement e)
    {
        if (e.TryGetProperty("value", out var value))
        {
            return Same(m.Value, value.GetDouble());
        }

        var low = e.GetProperty("low").GetDouble();
        var high = e.GetProperty("high").GetDouble();
        if (m.Figure is { } figure)
        {
            return Same(figure.Low, low) && Same(figure.High, high);
        }

        return !double.IsNaN(m.HighValue) && Same(Math.Min(m.Value, m.HighValue), low) && Same(Math.Max(m.Value, m.HighValue), high);
    }

    private static bool PeriodMatches(string input, JsonElement e, TextAnnotation annotation)
    {
        var span = SpanOf(input, e);
        var period = Period.Parse(e.GetProperty("period").GetString()!);
        return annotation.Periods.Any(m => m.Span.Overlaps(span) && m.Period == period);
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
