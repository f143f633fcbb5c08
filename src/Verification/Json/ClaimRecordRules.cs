using FluentValidation;
using Verification.Claims;
using Verification.Figures;
using Verification.Input;
using Verification.Measures;
using Verification.Validators;

namespace Verification.Json;

/// <summary>The rules for fields as written in a claims file: JSON types, and figures, places and periods that read.</summary>
/// <remarks>Codes: <c>field-type</c>, <c>key-duplicate</c>, <c>number-not-finite</c>, <c>figure-unreadable</c>, <c>figure-negative</c>, <c>figure-inverted</c>,
/// <c>figure-low-missing</c>, <c>place-unreadable</c>, <c>period-unreadable</c>, <c>measure-unknown</c>,
/// <c>coverage-unknown</c>.</remarks>
internal sealed class ClaimRecordRules : AbstractValidator<ClaimRecord>
{
    public ClaimRecordRules(FigureOptions figureOptions)
    {
        RuleFor(r => r.TypeErrors).Custom((errors, context) =>
        {
            foreach (var (field, expected) in errors)
            {
                Fail(context, field, "field-type", $"expected {expected}.");
            }
        });

        RuleFor(r => r.ReadProblems).Custom((problems, context) =>
        {
            foreach (var (field, code, problem) in problems)
            {
                Fail(context, field, code, problem);
            }
        });

        RuleFor(r => r).Custom((r, context) =>
        {
            if (!r.HasFigure)
            {
                return;
            }

            if (!r.FigureIsObject)
            {
                if (r.FigureText is null)
                {
                    return; // a type error, reported above
                }

                if (r.FigureText.TrimStart().StartsWith('-'))
                {
                    Fail(context, "figure", "figure-negative", $"'{Echo.Of(r.FigureText)}' is negative; a count cannot be.");
                }
                else if (!Figure.TryParse(r.FigureText, figureOptions, out _, out var error))
                {
                    // "1.234.567" or "1,5 million" read with commas between groups: say which option reads them.
                    Fail(context, "figure", "figure-unreadable", Echo.In(FractionalCount.LooksLikeAnotherCulture(r.FigureText) ? $"{error} {FractionalCount.CultureHint}" : error, r.FigureText));
                }

                return;
            }

            if (r.FigureHasBadNumber)
            {
                return; // reported when read
            }

            if (r.FigureLow is not { } low)
            {
                Fail(context, "figure", "figure-low-missing", "an object figure needs \"low\" (and \"high\" unless it has no upper bound).");
                return;
            }

            if (low < 0 || r.FigureHigh < 0)
            {
                Fail(context, "figure", "figure-negative", $"low {Figure.FormatNumber(low)}{(r.FigureHigh is { } h ? $", high {Figure.FormatNumber(h)}" : string.Empty)}: a count cannot be negative.");
            }
            else if (r.FigureHigh is { } high && low > high)
            {
                Fail(context, "figure", "figure-inverted", $"low ({Figure.FormatNumber(low)}) is greater than high ({Figure.FormatNumber(high)}).");
            }
        });

        RuleFor(r => r.Place).Custom((place, context) =>
        {
            if (place is not null && !Verification.Places.Place.TryParse(place, out _))
            {
                Fail(context, "place", "place-unreadable", $"'{Echo.Of(place)}' is not a place: expected names separated by commas, most specific first, e.g. \"West Mosul, Mosul, Iraq\".");
            }
        });

        RuleFor(r => r.Measure).Custom((measure, context) =>
        {
            if (measure is not null && MeasureOf(measure) is null)
            {
                Fail(context, "measure", "measure-unknown", $"'{Echo.Of(measure)}' is not a measure: expected incident, stock, total or projection.");
            }
        });

        RuleFor(r => r.Coverage).Custom((coverage, context) =>
        {
            if (coverage is not null && CoverageOf(coverage) is null)
            {
                Fail(context, "coverage", "coverage-unknown", $"'{Echo.Of(coverage)}' is not a coverage: expected full or partial.");
            }
        });

        RuleFor(r => r.Period).Custom((period, context) =>
        {
            if (period is not null && !Verification.Periods.Period.TryParse(period, out _, out var error))
            {
                Fail(context, "period", "period-unreadable", Echo.In(error, period));
            }
        });
    }

    /// <summary>The measure a claims file names ("incident", "stock", "total", "projection"); null when none or unknown.</summary>
    public static Measure? MeasureOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "incident" => Measure.Incident,
        "stock" => Measure.Stock,
        "total" => Measure.Total,
        "projection" => Measure.Projection,
        _ => null,
    };

    /// <summary>The coverage a claims file names ("full", "partial"); null when none or unknown.</summary>
    public static Coverage? CoverageOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "full" => Verification.Claims.Coverage.Full,
        "partial" => Verification.Claims.Coverage.Partial,
        _ => null,
    };

    private static void Fail(ValidationContext<ClaimRecord> context, string field, string code, string problem)
    {
        var label = context.InstanceToValidate.Label;
        context.AddFailure(new FluentValidation.Results.ValidationFailure(field, $"{ClaimLabels.Describe(label, context.InstanceToValidate.Index, field)}: {problem}")
        {
            ErrorCode = code,
            CustomState = new ProblemState(label, field, context.InstanceToValidate.Index),
        });
    }
}
