namespace VerificationPlugin1;

/// <summary>Options of <see cref="MyChecksValidator"/>, set through <c>AddMyChecks(o =&gt; …)</c> or bound from configuration
/// (<c>AddMyChecks("Verification:MyChecks")</c>).</summary>
public sealed class MyChecksOptions
{
    /// <summary>The subjects checked, compared through the run's synonym table; empty checks every claim.</summary>
    public IList<string> Subjects { get; } = [];
}
