namespace Verification.Claims;

/// <summary>How much of its place a figure covers.</summary>
public enum Coverage
{
    /// <summary>The whole place (the default).</summary>
    Full,

    /// <summary>Only part of the place ("in government-held areas", "registered refugees"): the figure is a lower bound
    /// for the place, never a contradiction of a larger figure for it, and contradicts a smaller one only when it
    /// exceeds it.</summary>
    Partial,
}
