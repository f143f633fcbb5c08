using Verification.DependencyInjection;
namespace Verification.Plugins.CasualtyGrading;

/// <summary>The plugin's entry point when it is loaded at run time (<c>AddPluginsFromDirectory</c>): registers the
/// grading with its default options.</summary>
public sealed class CasualtyGradingPlugin : IVerificationPlugin
{
    /// <inheritdoc />
    public string Name => "CasualtyGrading";

    /// <inheritdoc />
    public string Description => "Grades civilian-harm claims as casualty monitors do (confirmed, fair, weak, contested, discounted), keeps the accused party's own figures apart, and contests figures outside the range independent sources support.";

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [.. new CasualtyGradingOptions().Subjects];

    /// <inheritdoc />
    public void Register(IVerificationBuilder builder) => builder.AddCasualtyGrading();
}
