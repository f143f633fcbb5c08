namespace Verification.Extraction.Periods.Rules;

/// <summary>Builds the period a matched form names, or refuses the match (a date the calendar does not have, a
/// context that makes it something else).</summary>
internal delegate bool DateBuilder(ref RuleMatch match, out ResolvedPeriod period);

/// <summary>One date or period form: a pattern of token classes and the function that builds its period.</summary>
/// <param name="Name">What the form is, for tests and docs ("month-day-range").</param>
/// <param name="Pattern">The token classes, in order; optional slots may be left out, and the match takes each slot
/// greedily, without going back.</param>
/// <param name="Build">The period, from the values of the slots and the publication date.</param>
internal sealed record DateRule(string Name, Slot[] Pattern, DateBuilder Build);
