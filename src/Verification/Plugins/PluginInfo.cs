namespace Verification.Plugins;

/// <summary>A loaded plugin, as listed by <see cref="IPluginCatalog"/> and <c>verify plugins list</c>.</summary>
/// <param name="Name">The plugin's name: its entry point's <see cref="IVerificationPlugin.Name"/>, else the assembly's title or name.</param>
/// <param name="Version">The plugin assembly's informational version (without build metadata), else its assembly version.</param>
/// <param name="Description">What the plugin checks: its entry point's description, else the assembly's description; may be empty.</param>
/// <param name="Subjects">The subjects its validators look at; empty when it looks at every claim.</param>
/// <param name="Path">The full path of the plugin's main assembly.</param>
/// <param name="ValidatorNames">The names of the validators it registered, in the order they run.</param>
public sealed record PluginInfo(string Name, string Version, string Description, IReadOnlyList<string> Subjects, string Path, IReadOnlyList<string> ValidatorNames)
{
    /// <inheritdoc />
    public bool Equals(PluginInfo? other) =>
        other is not null && Name == other.Name && Version == other.Version && Description == other.Description
        && Path == other.Path && Subjects.SequenceEqual(other.Subjects) && ValidatorNames.SequenceEqual(other.ValidatorNames);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Version, Path);

    /// <summary>"CasualtyGrading 0.1.0 (/plugins/…/Verification.Plugins.CasualtyGrading.dll)".</summary>
    public override string ToString() => $"{Name} {Version} ({Path})";
}
