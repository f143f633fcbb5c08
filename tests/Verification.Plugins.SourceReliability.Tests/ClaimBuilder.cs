using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
namespace Verification.Plugins.SourceReliability.Tests;

/// <summary>Displacement figures for Mosul as of late March 2017, varied one property at a time.</summary>
internal sealed record ClaimBuilder(string Id, string Figure, string Source)
{
    public string Place { get; init; } = "Mosul, Iraq";

    public string Period { get; init; } = "2016-10-17/2017-03-25";

    public string[] DerivedFrom { get; init; } = [];

    public static ClaimBuilder Claim(string figure = "about 270,000", string source = "UNHCR") => new("c1", figure, source);

    public static ClaimBuilder Reported(string id, string figure, string source) => new(id, figure, source);

    public Claim Build() => new(Id, "people displaced", Verification.Figures.Figure.Parse(Figure), Source)
    {
        Place = Verification.Places.Place.Parse(Place),
        Period = Verification.Periods.Period.Parse(Period),
        DerivedFrom = DerivedFrom,
    };

    public static implicit operator Claim(ClaimBuilder builder) => builder.Build();
}
