using Verification.Claims;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Plugins.Displacement.Tests;

/// <summary>Displacement claims modelled on the seed article's UNHCR figures for Mosul, varied one property at a time.</summary>
internal sealed record ClaimBuilder(string Id, string Subject, string Figure)
{
    public string Source { get; init; } = "UNHCR";

    public string? Place { get; init; } = "Mosul, Iraq";

    public string? Period { get; init; } = "2016-10-17/2017-03-25";

    public string[] DerivedFrom { get; init; } = [];

    public static ClaimBuilder Fled(string figure = "around 340,000", string id = "m1") => new(id, "people fled", figure);

    public static ClaimBuilder Returned(string figure = "70,000", string id = "m2") => new(id, "people returned", figure) { Place = "East Mosul, Mosul, Iraq" };

    public static ClaimBuilder Displaced(string figure = "about 270,000", string id = "m3") => new(id, "people displaced", figure);

    public Claim Build() => new(Id, Subject, Verification.Figures.Figure.Parse(Figure), Source)
    {
        Place = Place is null ? null : Verification.Places.Place.Parse(Place),
        Period = Period is null ? null : Verification.Periods.Period.Parse(Period),
        DerivedFrom = DerivedFrom,
    };

    public static implicit operator Claim(ClaimBuilder builder) => builder.Build();
}
