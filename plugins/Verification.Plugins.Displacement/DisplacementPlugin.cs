using Verification.DependencyInjection;
namespace Verification.Plugins.Displacement;

/// <summary>The plugin's entry point when it is loaded at run time (<c>AddPluginsFromDirectory</c>): registers the
/// displacement checks with their default options.</summary>
public sealed class DisplacementPlugin : IVerificationPlugin
{
    /// <inheritdoc />
    public string Name => "Displacement";

    /// <inheritdoc />
    public string Description => "Checks displacement figures for stock-and-flow consistency: fled minus returned leaves the displaced, running totals from one origin do not fall, and no more people return than fled.";

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = ["people fled", "people returned", "people displaced"];

    /// <inheritdoc />
    public void Register(IVerificationBuilder builder) => builder.AddDisplacement();
}
