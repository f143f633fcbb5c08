namespace Verification.Places;

/// <summary>How two places relate, as seen from the first (<see cref="Place.RelationTo"/>).</summary>
public enum PlaceRelation
{
    /// <summary>The places share nothing: neither is the other or lies within it.</summary>
    Unrelated,

    /// <summary>Both name the same place.</summary>
    Same,

    /// <summary>The first place contains the second ("Mosul" contains "al-Jadida, West Mosul, Mosul").</summary>
    Contains,

    /// <summary>The first place lies within the second ("West Mosul" is within "Iraq").</summary>
    Within,

    /// <summary>Neither is known to hold the other, but they may share ground: one describes an area of a place rather
    /// than names one ("rebel-held northwest, Syria"; see <see cref="Place.IsDescribedArea"/>), and the other lies inside
    /// that place ("Idlib, Syria") or is another area of it described in other words ("the border area, Syria").</summary>
    MayOverlap,
}
