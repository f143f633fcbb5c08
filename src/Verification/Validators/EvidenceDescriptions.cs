using System.Globalization;
using Verification.Claims;

namespace Verification.Validators;

/// <summary>How findings describe claims to a reader: "UNHCR's 'about 270,000' (243,000–297,000)".</summary>
/// <remarks>The descriptions are values that format themselves into the message being built
/// (<see cref="ISpanFormattable"/>), so an interpolated message does not first make a string of each part: validators
/// describe every candidate they compare, and those intermediate strings were most of what verifying allocated.</remarks>
internal static class EvidenceDescriptions
{
    /// <summary>"UNHCR's 'about 270,000' (243,000–297,000)", or without the interval when the text says it all.</summary>
    public static FigureDescription FigureOf(Claim claim) => new(claim);

    public static string Possessive(string source) => source + PossessiveSuffix(source);

    /// <summary>" for Mosul, 2017-03-20" — the where and when of a claim, as far as known; empty when neither is.</summary>
    public static WhereWhenDescription WhereWhen(Claim claim) => new(claim);

    /// <summary>" (time not checked: a period is missing)" when the figures were compared without knowing both periods.</summary>
    public static string TimeNote(bool timeUnchecked) => timeUnchecked ? " (time not checked: a period is missing)" : string.Empty;

    public static string Ids(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(c => c.Id));

    private static string PossessiveSuffix(string source) => source.EndsWith('s') ? "'" : "'s";

    /// <summary>See <see cref="FigureOf"/>.</summary>
    internal readonly struct FigureDescription(Claim claim) : ISpanFormattable
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var figure = claim.Figure!;
            var interval = figure.DescribeInterval();
            var suffix = PossessiveSuffix(claim.Source);
            return figure.Text is { } text && !string.Equals(text, interval, StringComparison.Ordinal)
                ? destination.TryWrite(CultureInfo.InvariantCulture, $"{claim.Source}{suffix} '{text}' ({interval})", out charsWritten)
                : destination.TryWrite(CultureInfo.InvariantCulture, $"{claim.Source}{suffix} {interval}", out charsWritten);
        }
    }

    /// <summary>See <see cref="WhereWhen"/>.</summary>
    internal readonly struct WhereWhenDescription(Claim claim) : ISpanFormattable
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var inv = CultureInfo.InvariantCulture;
            switch (claim.Place, claim.Period)
            {
                case ({ } place, { } period):
                    return destination.TryWrite(inv, $" for {place.Name}, {period}", out charsWritten);
                case ({ } place, null):
                    return destination.TryWrite(inv, $" for {place.Name}", out charsWritten);
                case (null, { } period):
                    return destination.TryWrite(inv, $" for {period}", out charsWritten);
                default:
                    charsWritten = 0;
                    return true;
            }
        }
    }
}
