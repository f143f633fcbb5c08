using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Verification.Claims;
using Verification.Engine;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests;

/// <summary>Small builders for claims and reports: a claim about people displaced in Mosul on 20 March 2017, by UNHCR,
/// unless told otherwise.</summary>
internal static class Claims
{
    public const string Subject = "people displaced";
    public const string Place = "Mosul, Iraq";
    public const string Period = "2017-03-20";
    public const string Source = "UNHCR";

    public static readonly DateOnly Published = new(2017, 3, 25);

    /// <summary>A claim. <paramref name="figure"/> is figure text ("105", "about 270,000"); null for no figure.
    /// <paramref name="place"/> and <paramref name="period"/> are parsed; null for none.</summary>
    public static Claim Of(
        string id,
        string? figure = "105",
        string source = Source,
        string subject = Subject,
        string? place = Place,
        string? period = Period,
        IReadOnlyList<string>? derivedFrom = null,
        bool contested = false) =>
        new(id, new Subject(subject), figure is null ? null : Figure.Parse(figure), source)
        {
            Place = place is null ? null : Verification.Places.Place.Parse(place),
            Period = period is null ? null : Verification.Periods.Period.Parse(period),
            DerivedFrom = derivedFrom ?? [],
            IsContested = contested,
        };

    /// <summary>A claim whose figure is exactly <paramref name="value"/>.</summary>
    public static Claim Exact(string id, double value, string source = Source, string? place = Place, string? period = Period) =>
        Of(id, null, source, place: place, period: period) with { Figure = Figure.Exact(value) };

    /// <summary>A report published on 25 March 2017.</summary>
    public static Report Report(params Claim[] claims) => new("r1", claims) { Published = Published };

    /// <summary>Many valid claims c0, c1, … .</summary>
    public static Claim[] Many(int count) => [.. Enumerable.Range(0, count).Select(i => Of("c" + i))];
}

/// <summary>Builds what validators see.</summary>
internal static class Contexts
{
    /// <summary>A context for <paramref name="claim"/> with the given candidates; origins followed through the
    /// candidates' own derivations, as the engine does.</summary>
    public static ValidationContext For(Claim claim, params Claim[] candidates) => For(claim, new VerificationOptions(), candidates);

    public static ValidationContext For(Claim claim, VerificationOptions options, params Claim[] candidates)
    {
        var origins = new OriginResolver(candidates.Append(claim).Where(c => c.DerivedFrom.Count > 0), options);
        return new ValidationContext(claim, candidates, options, null, origins.OriginsOf);
    }

    /// <summary>Runs a validator on one claim.</summary>
    public static IReadOnlyList<Finding> Run(IClaimValidator validator, ValidationContext context) =>
        validator.ValidateAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}

/// <summary>Builds verifiers without a container.</summary>
internal static class Verifiers
{
    public static ClaimVerifier With(IEnumerable<IClaimValidator> validators, IEnumerable<IEvidenceSource> sources, Action<VerificationOptions>? configure = null)
    {
        var options = new VerificationOptions();
        configure?.Invoke(options);
        return new ClaimVerifier(validators, sources, Options.Create(options));
    }

    /// <summary>A verifier with the validators of <paramref name="verifier"/> over <paramref name="source"/> alone.</summary>
    public static ClaimVerifier WithSourceOnly(this ClaimVerifier verifier, IEvidenceSource source) =>
        With(verifier.Validators, [source]);

    /// <summary>A verifier with the built-in validators over in-memory evidence.</summary>
    public static ClaimVerifier BuiltIn(IEnumerable<Claim> evidence, Action<VerificationOptions>? configure = null) =>
        With([new global::Verification.Validators.FigureAgreementValidator(), new global::Verification.Validators.ReportFlagValidator(), new global::Verification.Validators.PartWholeValidator()], [new InMemoryEvidenceSource(evidence)], configure);
}

/// <summary>Builds claims files: a valid claim object to change one field of, and the file around it.</summary>
internal static class ClaimsJson
{
    /// <summary>A valid claim object.</summary>
    public static JsonObject Claim(string id = "c1") => new()
    {
        ["id"] = id,
        ["subject"] = Claims.Subject,
        ["figure"] = "about 270,000",
        ["place"] = Claims.Place,
        ["period"] = Claims.Period,
        ["source"] = Claims.Source,
    };

    /// <summary>A claim object with <paramref name="field"/> set to <paramref name="value"/> (removed when null).</summary>
    public static JsonObject With(this JsonObject claim, string field, JsonNode? value)
    {
        if (value is null)
        {
            claim.Remove(field);
        }
        else
        {
            claim[field] = value;
        }

        return claim;
    }

    /// <summary>A file with a report published on 25 March 2017 and the given claims.</summary>
    public static string File(params JsonNode[] claims) => new JsonObject
    {
        ["report"] = new JsonObject { ["id"] = "r1", ["outlet"] = "The Independent", ["published"] = "2017-03-25" },
        ["claims"] = new JsonArray(claims),
    }.ToJsonString();

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    public static ClaimsDocument Read(string json, VerificationOptions? options = null)
    {
        using var stream = Stream(json);
        return ClaimsFile.Read(stream, options);
    }

    /// <summary>The problems reading <paramref name="json"/> finds; empty when it reads.</summary>
    public static IReadOnlyList<ClaimProblem> Problems(string json)
    {
        using var stream = Stream(json);
        ClaimsFile.TryRead(stream, null, out _, out var problems);
        return problems;
    }
}

/// <summary>Async helpers.</summary>
internal static class AsyncData
{
    public static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
