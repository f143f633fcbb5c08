using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Verification.Claims;
using Verification.Figures;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;

namespace Verification.Store.Rows;

/// <summary>A claim as columns of a row, and back: the layout the evidence and the checked claims share.</summary>
/// <remarks>
/// A figure read from text is kept as its text and read again under each run's figure options, as evidence read from a
/// file is; a figure made from numbers (a data set's low and high) is kept as its numbers. Both are kept, so that a
/// figure whose text does not read the same way under a run's options still has its numbers.
/// </remarks>
internal static class ClaimColumns
{
    /// <summary>The columns, in order, with their types (<c>{real}</c> for a double-precision number).</summary>
    public static readonly (string Name, string Type)[] Columns =
    [
        ("claim_id", "TEXT NOT NULL"),
        ("subject", "TEXT NOT NULL"),
        ("figure_text", "TEXT"),
        ("figure_from_text", "INTEGER NOT NULL"),
        ("figure_kind", "INTEGER"),
        ("figure_low", "{real}"),
        ("figure_high", "{real}"),
        ("figure_low_inclusive", "INTEGER"),
        ("figure_high_inclusive", "INTEGER"),
        ("figure_core_low", "{real}"),
        ("figure_core_high", "{real}"),
        ("place", "TEXT"),
        ("period", "TEXT"),
        ("source", "TEXT NOT NULL"),
        ("derived_from", "TEXT"),
        ("reported_in", "TEXT"),
        ("contested", "INTEGER NOT NULL"),
        ("quote", "TEXT"),
        ("measure", "INTEGER"),
        ("coverage", "INTEGER NOT NULL"),
        ("metadata", "TEXT"),
    ];

    /// <summary>The column names joined by commas, for SELECT and INSERT lists.</summary>
    public static readonly string List = string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>The parameter names joined by commas, for INSERT lists.</summary>
    public static readonly string Parameters = string.Join(", ", Columns.Select(c => "@" + c.Name));

    /// <summary>The column definitions for CREATE TABLE.</summary>
    public static string Definitions(string real) => string.Join(",\n  ", Columns.Select(c => c.Name + " " + c.Type.Replace("{real}", real, StringComparison.Ordinal)));

    /// <summary>The values of a claim's columns, in <see cref="Columns"/> order.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="figures">The figure options the claim's figure text would be read with (to tell a figure read from
    /// text from one made from numbers).</param>
    public static object?[] ValuesOf(Claim claim, FigureOptions figures)
    {
        var f = claim.Figure;
        var fromText = f?.Text is { } text && Figure.TryParse(text, figures, out var reread) && reread.Equals(f);
        return
        [
            claim.Id,
            claim.Subject.Text,
            f?.Text,
            fromText ? 1 : 0,
            f is null ? null : (int)f.Kind,
            f?.Low,
            f is null || f.IsUnbounded ? null : f.High,
            f is null ? null : f.LowInclusive ? 1 : 0,
            f is null ? null : f.HighInclusive ? 1 : 0,
            f?.CoreLow,
            f is null || double.IsPositiveInfinity(f.CoreHigh) ? null : f.CoreHigh,
            claim.Place?.Path,
            claim.Period?.ToString(),
            claim.Source,
            claim.DerivedFrom.Count == 0 ? null : JsonSerializer.Serialize(claim.DerivedFrom, StoreJson.Default.IReadOnlyListString),
            claim.ReportedIn,
            claim.IsContested ? 1 : 0,
            claim.Quote,
            claim.Measure is { } m ? (int)m : null,
            (int)claim.Coverage,
            claim.Metadata.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(claim.Metadata.ToDictionary(), StringComparer.Ordinal), StoreJson.Default.SortedDictionaryStringString),
        ];
    }

    /// <summary>A digest of a claim's values: two claims with one digest state the same thing.</summary>
    public static string Digest(object?[] values)
    {
        var text = new StringBuilder();
        foreach (var v in values)
        {
            text.Append(v switch
            {
                null => "\u0000",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            });
            text.Append('\u001f');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whether a claim's figure can be kept: read from text, or made from numbers that
    /// the store makes again exactly.</summary>
    public static bool CanKeep(Claim claim, object?[] values) =>
        claim.Figure is null || (int)values[3]! == 1 || Equals(FromNumbers(values[4], values[5], values[6], values[7], values[8], values[9], values[10], claim.Figure.Text), claim.Figure);

    /// <summary>Reads the claim at the reader's current row, its columns starting at <paramref name="first"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="first">The position of <c>claim_id</c>.</param>
    /// <param name="figures">The run's figure options: text figures are read under them.</param>
    public static Claim Read(DbDataReader reader, int first, FigureOptions figures)
    {
        string? Text(int i) => reader.IsDBNull(first + i) ? null : reader.GetString(first + i);
        object? Value(int i) => reader.IsDBNull(first + i) ? null : reader.GetValue(first + i);
        var figureText = Text(2);
        Figure? figure = null;
        if (Value(4) is not null)
        {
            if (Convert.ToInt32(Value(3), CultureInfo.InvariantCulture) == 1 && figureText is not null && Figure.TryParse(figureText, figures, out var read))
            {
                figure = read;
            }
            else
            {
                figure = FromNumbers(Value(4), Value(5), Value(6), Value(7), Value(8), Value(9), Value(10), figureText);
            }
        }

        var derivedFrom = Text(14) is { } d ? JsonSerializer.Deserialize(d, StoreJson.Default.IReadOnlyListString) ?? [] : [];
        var metadata = Text(20) is { } md ? JsonSerializer.Deserialize(md, StoreJson.Default.SortedDictionaryStringString) : null;
        return new Claim(Text(0)!, new Subject(Text(1)!), figure, Text(13)!)
        {
            Place = Text(11) is { } place ? Place.Parse(place) : null,
            Period = Text(12) is { } period ? Period.Parse(period) : null,
            DerivedFrom = derivedFrom,
            ReportedIn = Text(15),
            IsContested = Convert.ToInt32(Value(16), CultureInfo.InvariantCulture) == 1,
            Quote = Text(17),
            Measure = Value(18) is { } m ? (Measure)Convert.ToInt32(m, CultureInfo.InvariantCulture) : null,
            Coverage = (Coverage)Convert.ToInt32(Value(19), CultureInfo.InvariantCulture),
            Metadata = metadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(metadata, StringComparer.Ordinal),
        };
    }

    // A figure made from its numbers again, through the factory of its kind.
    private static Figure? FromNumbers(object? kind, object? low, object? high, object? lowInclusive, object? highInclusive, object? coreLow, object? coreHigh, string? text)
    {
        if (kind is null || low is null)
        {
            return null;
        }

        static double D(object? v) => v is null ? double.PositiveInfinity : Convert.ToDouble(v, CultureInfo.InvariantCulture);
        static bool B(object? v) => v is not null && Convert.ToInt32(v, CultureInfo.InvariantCulture) == 1;
        var (lo, hi, core, coreHi) = (D(low), D(high), D(coreLow), D(coreHigh));
        try
        {
            return (FigureKind)Convert.ToInt32(kind, CultureInfo.InvariantCulture) switch
            {
                FigureKind.Exact => Figure.Exact(lo, text),
                FigureKind.Rounded => Figure.Rounded(core, 2 * (hi - core), text),
                FigureKind.Hedged when hi == core => Figure.Nearly(core, core == 0 ? 0 : 1 - (lo / core), text),
                FigureKind.Hedged => Figure.Hedged(core, 0, 2 * (hi - core), text),
                FigureKind.LowerBound => B(lowInclusive) ? Figure.AtLeast(lo, text) : Figure.MoreThan(lo, text),
                FigureKind.UpperBound => B(highInclusive) ? Figure.UpTo(hi, text) : Figure.FewerThan(hi, text),
                FigureKind.Range => Figure.Between(lo, hi, text),
                FigureKind.Vague => Figure.Vague(lo, hi, text),
                FigureKind.Estimate => Figure.Estimate(core, lo, hi, text),
                _ => Figure.Interval(lo, double.IsPositiveInfinity(hi) ? null : hi, text),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
