using Verification.DependencyInjection;
namespace Verification.Plugins.SourceReliability;

/// <summary>The plugin's entry point when it is loaded at run time (<c>AddPluginsFromDirectory</c>): registers the
/// grading with the table in <see cref="SourceReliabilityOptions.TableFileName"/> beside the plugin, when there is one.</summary>
public sealed class SourceReliabilityPlugin : IVerificationPlugin
{
    /// <inheritdoc />
    public string Name => "SourceReliability";

    /// <inheritdoc />
    public string Description => "Grades sources on the A–F reliability scale, apart from the credibility of their information; evidence from sources graded below a threshold does not count towards corroboration.";

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [];

    /// <inheritdoc />
    public void Register(IVerificationBuilder builder)
    {
        var folder = Path.GetDirectoryName(typeof(SourceReliabilityPlugin).Assembly.Location);
        var table = folder is null ? null : Path.Combine(folder, SourceReliabilityOptions.TableFileName);
        builder.AddSourceReliability(o =>
        {
            if (table is not null && File.Exists(table))
            {
                o.LoadTable(table);
            }
        });
    }
}
