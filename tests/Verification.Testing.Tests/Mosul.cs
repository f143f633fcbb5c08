namespace Verification.Testing.Tests;

/// <summary>The bundled March 2017 Mosul example, copied beside the test assembly.</summary>
internal static class Mosul
{
    public static string ClaimsPath => Path.Combine(AppContext.BaseDirectory, "examples", "mosul-2017", "claims.json");

    public static string EvidencePath => Path.Combine(AppContext.BaseDirectory, "examples", "mosul-2017", "evidence.json");

    /// <summary>m4: "dozens" killed in al-Jadida on 17 March 2017, according to local officials and residents.</summary>
    public static ClaimBuilder AlJadidaDozens() => new ClaimBuilder("m4")
        .WithSubject("civilians killed")
        .WithFigure("dozens")
        .WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
        .WithPeriod("2017-03-17")
        .WithSource("Local officials and residents");

    /// <summary>Evidence: the US military investigation's 105 deaths in al-Jadida on 17 March 2017.</summary>
    public static ClaimBuilder UsInvestigation105() => new ClaimBuilder("e5")
        .WithSubject("civilian deaths")
        .WithFigure("105")
        .WithPlace("al-Jadida, West Mosul, Mosul, Iraq")
        .WithPeriod("2017-03-17")
        .WithSource("US military investigation");
}
