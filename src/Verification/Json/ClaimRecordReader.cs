using System.Text.Json;
using Verification.Input;

namespace Verification.Json;

/// <summary>Reads one claim's JSON into a <see cref="ClaimRecord"/>: each field by its JSON type, what is wrong with
/// the JSON itself (keys given twice, numbers out of range, text that is not text) noted on the record.</summary>
internal static class ClaimRecordReader
{
    /// <summary>What is wrong with text that cannot become a string.</summary>
    public const string InvalidText = "the text is not valid: it holds bytes that are not UTF-8, or an escape of half a character such as \\ud800.";

    /// <summary>Reads one claim's JSON into a record; what does not read is noted on the record for the rules.</summary>
    /// <param name="element">The claim.</param>
    /// <param name="index">Its position in the file, counting from 0.</param>
    public static ClaimRecord Read(JsonElement element, int index)
    {
        var record = new ClaimRecord { Index = index };
        if (element.ValueKind != JsonValueKind.Object)
        {
            record.TypeErrors.Add(("claim", "an object"));
            return record;
        }

        foreach (var name in DuplicateKeys.Of(element))
        {
            record.ReadProblems.Add((name, "key-duplicate", "the claim gives it more than once; a field may be given once."));
        }

        foreach (var property in element.EnumerateObject())
        {
            string? name = null;
            try
            {
                name = property.Name;
                ReadProperty(record, name, property.Value);
            }
            catch (InvalidOperationException)
            {
                // Text that cannot become a string: bytes that are not UTF-8, or a lone surrogate escape.
                record.ReadProblems.Add((name ?? "claim", "text-invalid", name is null ? $"a field's name: {InvalidText}" : InvalidText));
            }
        }

        return record;
    }

    private static void ReadProperty(ClaimRecord record, string name, JsonElement value)
    {
        switch (name)
        {
            case "id": record.Id = Text(record, name, value); break;
            case "subject": record.Subject = Text(record, name, value); break;
            case "place": record.Place = Text(record, name, value); break;
            case "period": record.Period = Text(record, name, value); break;
            case "source": record.Source = Text(record, name, value); break;
            case "reportedIn": record.ReportedIn = Text(record, name, value); break;
            case "quote": record.Quote = Text(record, name, value); break;
            case "measure": record.Measure = Text(record, name, value); break;
            case "coverage": record.Coverage = Text(record, name, value); break;
            case "contested":
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    record.Contested = value.GetBoolean();
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    record.TypeErrors.Add(("contested", "true or false"));
                }

                break;
            case "derivedFrom":
                if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                {
                    record.DerivedFrom.AddRange(value.EnumerateArray().Select(e => e.GetString()!));
                }
                else if (value.ValueKind == JsonValueKind.String)
                {
                    record.DerivedFrom.Add(value.GetString()!);
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    record.TypeErrors.Add(("derivedFrom", "an array of source names"));
                }

                break;
            case "figure": ReadFigure(record, value); break;
            default:
                if (DuplicateKeys.FirstInside(value, name) is { } path)
                {
                    record.ReadProblems.Add((path, "key-duplicate", "the key is given more than once in one object; a key may be given once."));
                }

                record.Metadata[name] = value.GetRawText();
                break;
        }
    }

    private static string? Text(ClaimRecord record, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Null: return null;
            default:
                record.TypeErrors.Add((name, "a string"));
                return null;
        }
    }

    private static void ReadFigure(ClaimRecord record, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                record.HasFigure = true;
                record.FigureText = value.GetString();
                return;
            case JsonValueKind.Number:
                record.HasFigure = true;
                record.FigureText = value.GetRawText();
                return;
            case JsonValueKind.Object:
                record.HasFigure = true;
                record.FigureIsObject = true;
                foreach (var name in DuplicateKeys.Of(value))
                {
                    record.ReadProblems.Add(($"figure.{name}", "key-duplicate", "the figure gives it more than once; a field may be given once."));
                }

                foreach (var p in value.EnumerateObject())
                {
                    switch (p.Name)
                    {
                        case "low" when p.Value.ValueKind == JsonValueKind.Number: record.FigureLow = Finite(record, "figure.low", p.Value); break;
                        case "high" when p.Value.ValueKind == JsonValueKind.Number: record.FigureHigh = Finite(record, "figure.high", p.Value); break;
                        case "high" when p.Value.ValueKind == JsonValueKind.Null: break;
                        case "text" when p.Value.ValueKind == JsonValueKind.String: record.FigureText = p.Value.GetString(); break;
                        case "low" or "high": record.TypeErrors.Add(($"figure.{p.Name}", "a number")); break;
                        case "text": record.TypeErrors.Add(("figure.text", "a string")); break;
                        default: break;
                    }
                }

                return;
            default:
                record.TypeErrors.Add(("figure", "text such as \"around 340,000\" or an object {\"low\": 105, \"high\": 141}"));
                return;
        }
    }

    // A number too large for a double reads as infinity: "high": 1e309 would silently mean "no upper bound".
    private static double? Finite(ClaimRecord record, string field, JsonElement number)
    {
        if (number.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        record.FigureHasBadNumber = true;
        record.ReadProblems.Add((field, "number-not-finite", $"{Echo.Of(number.GetRawText())} is too large to be a count; a figure with no upper bound leaves out \"high\"."));
        return null;
    }

    /// <summary>A string value, or false when it is not valid text.</summary>
    public static bool TryGetText(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
