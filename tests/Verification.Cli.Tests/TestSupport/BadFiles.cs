namespace Verification.Cli.Tests.TestSupport;

/// <summary>Input files that break the rules, and what each breaks.</summary>
internal static class BadFiles
{
    /// <summary>A claims file with seven problems, one or two per claim.</summary>
    public const string ClaimsWithManyProblems = """
        {
          "report": { "id": "bad-report", "published": "2017-03-25" },
          "claims": [
            { "id": "b1", "figure": "100", "source": "UNHCR" },
            { "id": "b2", "subject": "civilians killed", "figure": { "low": 300, "high": 200 }, "source": "Airwars" },
            { "id": "b3", "subject": "civilians killed", "figure": "-5", "source": "Airwars" },
            { "id": "b4", "subject": "civilians killed", "figure": "12", "period": "2017-04-01", "source": "Airwars" },
            { "id": "b5", "subject": "civilians killed", "figure": "12", "source": "" },
            { "id": "b5", "subject": "civilians killed", "figure": "12", "source": "Iraqi military" },
            { "id": "b7", "subject": "civilians killed", "figure": "many", "source": "Iraqi military" }
          ]
        }
        """;

    /// <summary>The problems of <see cref="ClaimsWithManyProblems"/>, in file order: claim id, field, code.</summary>
    public static readonly (string Id, string Field, string Code)[] ExpectedProblems =
    [
        ("b1", "subject", "subject-missing"),
        ("b2", "figure", "figure-inverted"),
        ("b3", "figure", "figure-negative"),
        ("b4", "period", "period-after-publication"),
        ("b5", "source", "source-missing"),
        ("b5", "id", "id-duplicate"),
        ("b7", "figure", "figure-unreadable"),
    ];

    /// <summary>An evidence file with one problem: a claim without a source.</summary>
    public const string EvidenceWithoutSource = """
        { "claims": [ { "id": "x1", "subject": "civilians killed", "figure": "105", "place": "Mosul, Iraq" } ] }
        """;

    /// <summary>A valid claims file of one claim.</summary>
    public const string OneClaim = """
        { "claims": [ { "id": "c1", "subject": "civilians killed", "figure": "105", "place": "Mosul, Iraq", "period": "2017-03-17", "source": "US military investigation" } ] }
        """;

    /// <summary>Not JSON: cut off in the middle.</summary>
    public const string Truncated = """{ "claims": [ { "id": "c1", """;
}
