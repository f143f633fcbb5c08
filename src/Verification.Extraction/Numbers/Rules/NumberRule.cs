namespace Verification.Extraction.Numbers.Rules;

/// <summary>Builds the number core a matched form names (its end, type and, for the forms the figure rules do not read,
/// its value), or refuses the match.</summary>
internal delegate bool NumberBuilder(ref NumberMatch match, ref NumberCore core);

/// <summary>One number form: a pattern of token classes that starts with digits or with a word of the figure grammar,
/// and the function that builds its core.</summary>
/// <param name="Name">What the form is, for tests and docs ("suffix-scale").</param>
/// <param name="Pattern">The token classes, in order; the first is the digits the form is built on, or a figure word
/// (<see cref="NumberSlotKind.Figure"/>). Optional slots may be left out, and the match takes each slot greedily,
/// without going back.</param>
/// <param name="Build">The core, from the tokens the slots matched.</param>
/// <param name="AfterGroups">Whether the form may follow digits written in spaced groups ("12 500k"); the digits slot
/// then matches the last group.</param>
internal sealed record NumberRule(string Name, NumberSlot[] Pattern, NumberBuilder Build, bool AfterGroups = false);
