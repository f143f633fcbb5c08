using Verification.DependencyInjection;
using Verification.Plugins;

namespace VerificationPlugin1;

/// <summary>The entry point the host finds when it loads the plugin from a directory (<c>verify check --plugins DIR</c>).</summary>
public sealed class MyChecksPlugin : IVerificationPlugin
{
    /// <inheritdoc />
    public string Name => "MyChecks";

    /// <inheritdoc />
    public string Description => """PLUGIN_DESCRIPTION""";

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [];

    /// <inheritdoc />
    public void Register(IVerificationBuilder builder) => builder.AddMyChecks();
}
