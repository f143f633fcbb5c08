namespace Verification.Subjects;

/// <summary>How two subjects relate: what one counts against what the other counts.</summary>
/// <remarks>Read from the first subject's side: <see cref="Contains"/> means the first counts a whole of which the
/// second counts a part ("civilians killed" contains "children killed"; "killed" contains "bodies recovered").</remarks>
public enum SubjectRelation
{
    /// <summary>They count different things: never compared.</summary>
    Unrelated,

    /// <summary>They count the same thing.</summary>
    Same,

    /// <summary>They count the same event, and one leaves its population general ("people killed", "death toll") where
    /// the other names it ("civilians killed"), or leaves unnamed the cause an event always has ("cases" against
    /// "cholera cases"): compared as the same thing, and findings note the difference.</summary>
    Unspecified,

    /// <summary>The first counts a whole of which the second is a part: a narrower population ("children" within
    /// "civilians"), a narrower event ("bodies recovered" within "killed"), or a qualifier ("in camps") the first lacks.
    /// The part's figure must not exceed the whole's; it neither corroborates nor contradicts it otherwise.</summary>
    Contains,

    /// <summary>The first is a part of what the second counts (the converse of <see cref="Contains"/>).</summary>
    Within,
}
