using CsCheck;
using Verification.Places;

namespace Verification.Core.Tests.Places;

/// <summary>The place relation seen from either side (CsCheck shrinks a failing pair to a small one): Same and
/// MayOverlap and Unrelated read the same both ways, Contains one way is Within the other.</summary>
[TestFixture]
public sealed class PlacePropertyTests
{
    /// <summary>Names from general to specific, with aliases, an accent, a leading article, and a name used twice.</summary>
    private static readonly string[] Countries = ["Iraq", "Syria", "Türkiye", "Turkey"];

    private static readonly string[] Regions = ["Nineveh", "Ninawa", "Idlib", "Aleppo", "Baghdad", "rebel-held northwest", "the border area"];

    private static readonly string[] Towns = ["Mosul", "al-Mawsil", "Mawsil", "West Mosul", "East Mosul", "Khan Shaykhun", "Azaz", "Gaziantep"];

    private static readonly string[] Quarters = ["al-Jadida", "Jadida", "the northern part", "government-held areas"];

    /// <summary>The wordings an approximate place is written with, around its most specific name.</summary>
    private static readonly (string Before, string After)[] Wordings = [("", ""), ("", ""), ("greater ", ""), ("around ", ""), ("", " and surrounding areas"), ("", " area")];

    /// <summary>A path of one to four names, most specific first, drawn level by level so most paths are plausible,
    /// with levels skipped at random.</summary>
    private static readonly Gen<Place> AnyPlace =
        Gen.Select(
            Gen.OneOf(Countries), Gen.OneOf(Regions), Gen.OneOf(Towns), Gen.OneOf(Quarters),
            Gen.Int[0, 15], Gen.OneOf(Wordings))
        .Select(t =>
        {
            var (country, region, town, quarter, mask, wording) = t;
            var names = new List<string>();
            if ((mask & 1) != 0) names.Add(quarter);
            if ((mask & 2) != 0) names.Add(town);
            if ((mask & 4) != 0) names.Add(region);
            if ((mask & 8) != 0 || names.Count == 0) names.Add(country);
            names[0] = wording.Before + names[0] + wording.After;
            return Place.Of(names);
        });

    private static PlaceRelation Inverse(PlaceRelation relation) => relation switch
    {
        PlaceRelation.Contains => PlaceRelation.Within,
        PlaceRelation.Within => PlaceRelation.Contains,
        _ => relation,
    };

    [Test]
    public void RelationTo_AnyTwoPlaces_IsTheInverseSeenFromTheOther()
    {
        AnyPlace.Select(AnyPlace).Sample((a, b) => b.RelationTo(a) == Inverse(a.RelationTo(b)),
            iter: 10_000, threads: 1, print: t => $"'{t.Item1.Path}' {t.Item1.RelationTo(t.Item2)} '{t.Item2.Path}', but '{t.Item2.Path}' {t.Item2.RelationTo(t.Item1)} '{t.Item1.Path}'");
    }

    [Test]
    public void RelationTo_ThePlaceItself_IsSame()
    {
        AnyPlace.Sample(a => a.RelationTo(Place.Parse(a.Path)) == PlaceRelation.Same,
            iter: 2_000, threads: 1, print: a => $"'{a.Path}' is {a.RelationTo(Place.Parse(a.Path))} to itself");
    }
}
