namespace Verification.Plugins.CasualtyGrading;

/// <summary>How well a civilian-harm claim is attested, on the scale casualty monitors use.</summary>
/// <remarks>Grades are decided in this order, the first that applies winning: <see cref="Discounted"/>,
/// <see cref="Confirmed"/>, <see cref="Contested"/>, <see cref="Fair"/>, <see cref="Weak"/>.</remarks>
public enum CasualtyGrade
{
    /// <summary>The party accused accepted responsibility: its own figure concedes civilian harm.</summary>
    Confirmed,

    /// <summary>Reported by at least <see cref="CasualtyGradingOptions.MinimumSourcesForFair"/> independent credible sources.</summary>
    Fair,

    /// <summary>Reported by a single source (or none that is credible).</summary>
    Weak,

    /// <summary>Competing claims of responsibility: the reports accuse different parties.</summary>
    Contested,

    /// <summary>The reports were assessed as not credible (the claim or comparable evidence is marked discounted).</summary>
    Discounted,
}
