using System.Buffers;
using System.Globalization;
using Verification.Claims;
using Verification.Places;

namespace Verification.Sources;

/// <summary>The origin an unnamed source stands for in one claim: "officials [unnamed: c4 #1f0e9a2b]".</summary>
/// <remarks>
/// <para>An unnamed source ("officials") is not an identity, so each claim that takes its figure from one has an origin
/// of its own: the source's normalised name, then the claim's id and a fingerprint of the claim. Equal claims (the same
/// claim read twice, say as a claim and as evidence) have the same origin, and so echo each other; any two claims that
/// differ (in anything but their metadata) have different origins, whatever their ids.</para>
/// <para>A claim that carries its quote is the exception: the same sentence credited to the same unnamed source is one
/// report, however many outlets carry it (a wire's story republished word for word), so its origin is the source's
/// name and a fingerprint of the quote ("hospital official [unnamed: quote #5c1d07e3]"), shared by every claim that
/// quotes that sentence. Whitespace and letter case in the quote do not count.</para>
/// <para>Fingerprints are computed from the claim's values alone, the same in every process, so that results are
/// reproducible.</para>
/// </remarks>
public static class UnnamedOrigin
{
    private const string Marker = " [unnamed: ";

    /// <summary>The origin <paramref name="normalizedName"/> stands for in <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim whose source or derivation it is.</param>
    /// <param name="normalizedName">The unnamed source's name, normalised (<see cref="OriginGraph.NormalizeSource(string, Place?)"/>).</param>
    public static string Of(Claim claim, string normalizedName) =>
        string.IsNullOrWhiteSpace(claim.Quote)
            ? string.Create(CultureInfo.InvariantCulture, $"{normalizedName}{Marker}{claim.Id} #{Fingerprint(claim):x8}]")
            : string.Create(CultureInfo.InvariantCulture, $"{normalizedName}{Marker}quote #{QuoteFingerprint(claim.Quote):x8}]");

    /// <summary>Whether an origin is an unnamed source's origin in one claim.</summary>
    public static bool Is(string origin) => NameLength(origin) >= 0;

    /// <summary>The source name of an origin: the unnamed source's name for an unnamed origin, else the origin itself.</summary>
    public static string NameOf(string origin) => NameLength(origin) is >= 0 and var length ? origin[..length] : origin;

    // Where the marker starts in an unnamed origin ("… #" then eight hex digits and "]" at the end); -1 for another.
    private static int NameLength(string origin)
    {
        const int Tail = 11; // " #" + 8 hex digits + "]"
        if (origin.Length < Marker.Length + Tail || origin[^1] != ']' || origin[^Tail] != ' ' || origin[^(Tail - 1)] != '#'
            || origin.AsSpan(origin.Length - 9, 8).ContainsAnyExcept(HexDigits))
        {
            return -1;
        }

        return origin.IndexOf(Marker, StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    // FNV-1a over the claim's values in the forms its equality compares, so that equal claims share a fingerprint.
    private static uint Fingerprint(Claim claim)
    {
        var hash = 14695981039346656037UL;
        Add(ref hash, claim.Id);
        Add(ref hash, claim.Subject.Key);
        if (claim.Figure is { } f)
        {
            Add(ref hash, string.Create(CultureInfo.InvariantCulture, $"{f.Kind}|{f.Low:R}|{f.High:R}|{f.LowInclusive}|{f.HighInclusive}|{f.CoreLow:R}|{f.CoreHigh:R}"));
        }
        else
        {
            Add(ref hash, null);
        }

        Add(ref hash, claim.Place?.ComparedForm);
        Add(ref hash, claim.Period?.ToString());
        Add(ref hash, claim.Source);
        foreach (var d in claim.DerivedFrom)
        {
            Add(ref hash, d);
        }

        Add(ref hash, claim.ReportedIn);
        Add(ref hash, claim.IsContested ? "contested" : null);
        Add(ref hash, claim.Quote);
        return (uint)(hash ^ (hash >> 32));
    }

    // FNV-1a over the quote's words, in lower case, one space between them.
    private static uint QuoteFingerprint(string quote)
    {
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var space = false;
        foreach (var c in quote.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                hash = (hash ^ ' ') * Prime;
                space = false;
            }

            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return (uint)(hash ^ (hash >> 32));
    }

    private static void Add(ref ulong hash, string? value)
    {
        const ulong Prime = 1099511628211UL;
        if (value is not null)
        {
            foreach (var c in value)
            {
                hash = (hash ^ c) * Prime;
            }
        }

        // Ends the value (a null one differently), so that values do not run into each other.
        hash = (hash ^ (value is null ? 0x10000UL : 0x10001UL)) * Prime;
    }
}
