using System.Globalization;
using System.Text;
using System.Text.Json;
using Verification.Claims;
using Verification.Input;
using Verification.Json;
using Verification.Verdicts;

namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>Reads one event file and checks it against the format of RealReporting/README.md.</summary>
/// <remarks>The <c>claims</c> array goes through the library's own claims-file reader (as a document
/// <c>{"claims": […]}</c>), so figures, places and periods are read exactly as a user's file would be. Every problem is
/// listed, each naming the file, the claim or pair and the field; a file with any problem yields no event.</remarks>
public static class EventFile
{
    /// <summary>The longest quote a claim may carry.</summary>
    public const int MaxQuoteLength = 350;

    private static readonly string[] RequiredClaimFields = ["id", "subject", "place", "period", "source", "reportedIn", "quote", "url", "published", "expected"];

    /// <summary>Reads an event file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <returns>The event, or null when the file has any problem.</returns>
    public static RealEvent? Read(string path, ICollection<string> problems)
    {
        var name = Path.GetFileName(path);
        var found = new List<string>();
        void Problem(string message) => found.Add($"{name}: {message}");

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            problems.Add($"{name}: not valid JSON: {e.Message}");
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{name}: the file must be an object with \"event\", \"claims\" and \"pairs\".");
                return null;
            }

            var (id, title, kind) = ReadEvent(root, Path.GetFileNameWithoutExtension(path), Problem);
            var expected = new Dictionary<string, Verdict>(StringComparer.Ordinal);
            var claimIds = new List<string>();
            IReadOnlyList<Claim> claims = [];
            if (!root.TryGetProperty("claims", out var claimsArray) || claimsArray.ValueKind != JsonValueKind.Array || claimsArray.GetArrayLength() == 0)
            {
                Problem("\"claims\" must be a non-empty array.");
            }
            else
            {
                CheckClaims(claimsArray, claimIds, expected, Problem);
                claims = ReadClaims(claimsArray, name, Problem);
            }

            var pairs = new List<EventPair>();
            if (!root.TryGetProperty("pairs", out var pairsArray) || pairsArray.ValueKind != JsonValueKind.Array)
            {
                Problem("\"pairs\" must be an array.");
            }
            else
            {
                ReadPairs(pairsArray, claimIds, pairs, Problem);
            }

            foreach (var p in found)
            {
                problems.Add(p);
            }

            return found.Count == 0 ? new RealEvent(id!, title!, kind!, claims, expected, pairs) : null;
        }
    }

    // The id prefix shared by an event's claims: "nepal15" for "nepal15-01".
    internal static string IdPrefix(string claimId)
    {
        var dash = claimId.LastIndexOf('-');
        return dash <= 0 ? claimId : claimId[..dash];
    }

    private static (string? Id, string? Title, string? Kind) ReadEvent(JsonElement root, string fileId, Action<string> problem)
    {
        if (!root.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            problem("\"event\" must be an object with id, title, kind and countries.");
            return (null, null, null);
        }

        var id = NonEmptyString(e, "id");
        var title = NonEmptyString(e, "title");
        var kind = NonEmptyString(e, "kind");
        if (id is null || title is null || kind is null)
        {
            problem("event: id, title and kind must be non-empty strings.");
        }
        else if (id != fileId)
        {
            problem($"event: id '{id}' must be the file's name ('{fileId}').");
        }

        if (!e.TryGetProperty("countries", out var countries) || countries.ValueKind != JsonValueKind.Array || countries.GetArrayLength() == 0
            || countries.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(c.GetString())))
        {
            problem("event: countries must be a non-empty array of names.");
        }

        return (id, title, kind);
    }

    // The fields the format adds to a claims file, and the ones it requires; the claims-file reader checks the rest.
    private static void CheckClaims(JsonElement claims, List<string> ids, Dictionary<string, Verdict> expected, Action<string> problem)
    {
        var position = 0;
        string? prefix = null;
        foreach (var c in claims.EnumerateArray())
        {
            position++;
            if (c.ValueKind != JsonValueKind.Object)
            {
                problem($"claim #{position}: must be an object.");
                continue;
            }

            var id = NonEmptyString(c, "id") ?? $"#{position}";
            ids.Add(id);
            foreach (var field in RequiredClaimFields)
            {
                if (NonEmptyString(c, field) is null)
                {
                    problem($"claim '{id}', field '{field}': required, a non-empty string.");
                }
            }

            // A figure the grammar cannot read may be given as an interval with its text: {"low": 58, "text": "58 at least"}.
            if (NonEmptyString(c, "figure") is null && !(c.TryGetProperty("figure", out var figure) && figure.ValueKind == JsonValueKind.Object))
            {
                problem($"claim '{id}', field 'figure': required, the figure's text or an interval object.");
            }

            prefix ??= IdPrefix(id);
            if (IdPrefix(id) != prefix)
            {
                problem($"claim '{id}', field 'id': every claim of an event shares one prefix ('{prefix}-…').");
            }

            if (NonEmptyString(c, "quote") is { Length: > MaxQuoteLength } quote)
            {
                problem($"claim '{id}', field 'quote': {quote.Length} characters; at most {MaxQuoteLength}.");
            }

            if (NonEmptyString(c, "url") is { } url
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                problem($"claim '{id}', field 'url': '{url}' is not an http(s) address.");
            }

            if (NonEmptyString(c, "published") is { } published
                && !DateOnly.TryParseExact(published, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problem($"claim '{id}', field 'published': '{published}' is not a date (YYYY-MM-DD, or YYYY-MM or YYYY when the page gives no day).");
            }

            var expectedText = NonEmptyString(c, "expected");
            if (Judgements.TryParseVerdict(expectedText, out var verdict))
            {
                expected[id] = verdict;
            }
            else if (expectedText is not null)
            {
                problem($"claim '{id}', field 'expected': '{expectedText}' is not one of corroborated, contested, unverified.");
            }

            if (c.TryGetProperty("measure", out _))
            {
                problem($"claim '{id}', field 'measure': the set leaves the kind of figure to the library; remove it.");
            }

            if (c.TryGetProperty("coverage", out var coverage) && !(coverage.ValueKind == JsonValueKind.String && coverage.GetString() == "partial"))
            {
                problem($"claim '{id}', field 'coverage': only \"partial\" is used (leave it out for full coverage).");
            }
        }
    }

    private static IReadOnlyList<Claim> ReadClaims(JsonElement claims, string name, Action<string> problem)
    {
        var document = Encoding.UTF8.GetBytes("{\"claims\": " + claims.GetRawText() + "}");
        using var stream = new MemoryStream(document);
        try
        {
            return ClaimsFile.Read(stream, null, name).Claims;
        }
        catch (InvalidClaimsException e)
        {
            foreach (var p in e.Problems)
            {
                problem(p.Message);
            }

            return [];
        }
    }

    private static void ReadPairs(JsonElement pairs, List<string> claimIds, List<EventPair> read, Action<string> problem)
    {
        var known = new HashSet<string>(claimIds, StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var position = 0;
        foreach (var p in pairs.EnumerateArray())
        {
            position++;
            var label = $"pair #{position}";
            if (p.ValueKind != JsonValueKind.Object)
            {
                problem($"{label}: must be an object.");
                continue;
            }

            var claim = NonEmptyString(p, "claim");
            var evidence = NonEmptyString(p, "evidence");
            var judgementText = NonEmptyString(p, "judgement");
            var why = NonEmptyString(p, "why");
            label = $"pair #{position} ({claim ?? "?"} / {evidence ?? "?"})";
            var ok = true;
            if (claim is null || !known.Contains(claim))
            {
                problem($"{label}, field 'claim': must name a claim of this event.");
                ok = false;
            }

            if (evidence is null || !known.Contains(evidence))
            {
                problem($"{label}, field 'evidence': must name a claim of this event.");
                ok = false;
            }
            else if (evidence == claim)
            {
                problem($"{label}, field 'evidence': a claim is not evidence for itself.");
                ok = false;
            }

            if (!Judgements.TryParseJudgement(judgementText, out var judgement))
            {
                problem($"{label}, field 'judgement': '{judgementText}' is not one of corroborated, contested, not comparable, echo.");
                ok = false;
            }

            if (why is null)
            {
                problem($"{label}, field 'why': required, a non-empty string.");
                ok = false;
            }

            if (ok && !seen.Add((claim!, evidence!)))
            {
                problem($"{label}: the same pair is judged twice.");
                ok = false;
            }

            if (ok)
            {
                read.Add(new EventPair(claim!, evidence!, judgement, why!));
            }
        }
    }

    private static string? NonEmptyString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
