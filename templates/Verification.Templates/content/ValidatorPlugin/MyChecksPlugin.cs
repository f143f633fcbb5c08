using Verification;

namespace VerificationPlugin1;

/// <summary>The entry point the host finds when it loads the plugin from a directory (<c>verify check --plugins DIR</c>).</summary>
public sealed class MyChecksPlugin : IVerificationPlugin
{
    /// <inheritdoc />
    public string Name => "MyChecks";

    /// <inheritdoc />
    public string Description => "Notes figures that have no upper bound, such as 'at least 440'.";

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [];

    /// <inheritdoc />
    public void Register(IVerificationBuilder builder) => builder.AddMyChecks();
}
