namespace Verification;

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
}
