using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Plugins.CasualtyGrading.Tests;

/// <summary>Civilian-harm claims about the al-Jadida strike of 17 March 2017, varied one property at a time.</summary>
internal sealed record ClaimBuilder(string Id, string Figure, string Source)
{
    public string Subject { get; init; } = "civilians killed";

    public string Place { get; init; } = "al-Jadida, West Mosul, Mosul, Iraq";

    public string? Period { get; init; } = "2017-03-17";

    public string[] DerivedFrom { get; init; } = [];

    public Dictionary<string, string> Metadata { get; init; } = [];

    public static ClaimBuilder Claim(string figure = "dozens", string source = "Local officials and residents") => new("c1", figure, source);

    public static ClaimBuilder Reported(string id, string figure, string source) => new(id, figure, source);

    public ClaimBuilder Accusing(string party) => this with { Metadata = new(Metadata) { ["accused"] = party } };

    public ClaimBuilder With(string key, string value) => this with { Metadata = new(Metadata) { [key] = value } };

    public Claim Build() => new(Id, Subject, Verification.Figures.Figure.Parse(Figure), Source)
    {
        Place = Verification.Places.Place.Parse(Place),
        Period = Period is null ? null : Verification.Periods.Period.Parse(Period),
        DerivedFrom = DerivedFrom,
        Metadata = Metadata,
    };

    public static implicit operator Claim(ClaimBuilder builder) => builder.Build();
}
